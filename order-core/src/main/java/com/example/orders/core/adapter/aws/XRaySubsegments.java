package com.example.orders.core.adapter.aws;

import com.example.orders.core.http.StreamedJson;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;

/**
 * Records every AWS SDK call as an X-Ray subsegment of the function's trace, sent to the X-Ray
 * daemon over UDP in its documented segment format.
 *
 * <p>Why not the X-Ray SDK: its core depends on the AWS SDK v1 with the Apache HTTP client and
 * commons-logging, which would double the artifact and slow every cold start. The subsegment
 * protocol is small and stable, so this interceptor speaks it directly. It never fails a call:
 * tracing problems are dropped.
 */
public final class XRaySubsegments implements ExecutionInterceptor {

    /** Where Lambda's Java runtime puts the current invocation's trace header. */
    static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";
    private static final ExecutionAttribute<Double> STARTED = new ExecutionAttribute<>("XRaySubsegmentStart");
    private static final byte[] HEADER = "{\"format\":\"json\",\"version\":1}\n".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom IDS = new SecureRandom();

    private final InetSocketAddress daemon;
    private final DatagramSocket socket;

    private XRaySubsegments(InetSocketAddress daemon, DatagramSocket socket) {
        this.daemon = daemon;
        this.socket = socket;
    }

    /**
     * An interceptor for the daemon at {@code AWS_XRAY_DAEMON_ADDRESS} ({@code host:port}, as
     * Lambda sets it when tracing is active), or none when it is not set.
     */
    static Optional<XRaySubsegments> forDaemon(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String udp = address.strip();
        for (String part : udp.split("\\s+")) {
            if (part.startsWith("udp:")) {
                udp = part.substring(4);
            }
        }
        int colon = udp.lastIndexOf(':');
        try {
            return Optional.of(new XRaySubsegments(
                    new InetSocketAddress(udp.substring(0, colon), Integer.parseInt(udp.substring(colon + 1))),
                    new DatagramSocket()));
        } catch (SocketException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, now());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        send(attributes, context.request().getValueForField("TableName", String.class),
                context.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse(null),
                context.httpResponse().statusCode(), null);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Integer status = context.httpResponse().map(response -> response.statusCode()).orElse(null);
        send(attributes, context.request().getValueForField("TableName", String.class), null, status,
                context.exception());
    }

    private void send(ExecutionAttributes attributes, Optional<String> table, String requestId, Integer status,
            Throwable failure) {
        Optional<TraceHeader> trace = TraceHeader.current();
        Double started = attributes.getAttribute(STARTED);
        if (trace.isEmpty() || !trace.get().sampled() || started == null) {
            return;
        }
        byte[] body = subsegment(attributes, trace.get(), started, table, requestId, status, failure)
                .getBytes(StandardCharsets.UTF_8);
        byte[] packet = new byte[HEADER.length + body.length];
        System.arraycopy(HEADER, 0, packet, 0, HEADER.length);
        System.arraycopy(body, 0, packet, HEADER.length, body.length);
        try {
            socket.send(new DatagramPacket(packet, packet.length, daemon));
        } catch (IOException dropped) {
            // A lost subsegment must never cost the request anything.
        }
    }

    /**
     * The subsegment document, written with Jackson's streaming generator: a function whose jar
     * leaves out Jackson databind (the notifier's, decision 18) traces its calls too.
     */
    private static String subsegment(ExecutionAttributes attributes, TraceHeader trace, double started, Optional<String> table,
            String requestId, Integer status, Throwable failure) {
        return StreamedJson.written(json -> {
            json.writeStartObject();
            json.writeStringField("name", attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
            json.writeStringField("id", HexFormat.of().formatHex(randomBytes()));
            json.writeStringField("trace_id", trace.root());
            json.writeStringField("parent_id", trace.parent());
            json.writeNumberField("start_time", started);
            json.writeNumberField("end_time", now());
            json.writeStringField("type", "subsegment");
            json.writeStringField("namespace", "aws");
            json.writeObjectFieldStart("aws");
            json.writeStringField("operation", attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            Region region = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
            if (region != null) {
                json.writeStringField("region", region.id());
            }
            if (table.isPresent()) {
                json.writeStringField("table_name", table.get());
            }
            if (requestId != null) {
                json.writeStringField("request_id", requestId);
            }
            json.writeEndObject();
            if (status != null) {
                json.writeObjectFieldStart("http");
                json.writeObjectFieldStart("response");
                json.writeNumberField("status", status);
                json.writeEndObject();
                json.writeEndObject();
            }
            if (failure != null || (status != null && status >= 400)) {
                json.writeBooleanField(status != null && status < 500 ? "error" : "fault", true);
            }
            json.writeEndObject();
        });
    }

    private static byte[] randomBytes() {
        byte[] id = new byte[8];
        IDS.nextBytes(id);
        return id;
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }

    /** The {@code Root=...;Parent=...;Sampled=1} header of the current invocation. */
    record TraceHeader(String root, String parent, boolean sampled) {

        static Optional<TraceHeader> current() {
            String header = System.getProperty(TRACE_HEADER_PROPERTY, System.getenv("_X_AMZN_TRACE_ID"));
            if (header == null) {
                return Optional.empty();
            }
            String root = null;
            String parent = null;
            boolean sampled = false;
            for (String part : header.split(";")) {
                String[] pair = part.strip().split("=", 2);
                if (pair.length == 2) {
                    switch (pair[0]) {
                        case "Root" -> root = pair[1];
                        case "Parent" -> parent = pair[1];
                        case "Sampled" -> sampled = "1".equals(pair[1]);
                        default -> { }
                    }
                }
            }
            return root == null || parent == null ? Optional.empty() : Optional.of(new TraceHeader(root, parent, sampled));
        }
    }
}
