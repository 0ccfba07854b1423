package com.example.orders.localruntime.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lambda's Invoke operation for the local platform's asynchronously invoked functions, on
 * 127.0.0.1: what the AWS CLI and SDKs call with {@code AWS_ENDPOINT_URL_LAMBDA} set, so that
 * {@code aws lambda invoke --invocation-type Event} (and bin/redrive-failed-invocations, built on
 * it) works locally as on AWS. An event is accepted into the function's
 * {@link AsynchronousInvoker}, with Lambda's retries and on-failure destination. A function is
 * named as on AWS: its name, {@code name:qualifier} or its ARN. Only the {@code Event} and
 * {@code DryRun} invocation types are served; others are refused, naming what is.
 */
public final class LambdaInvokeApi implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Pattern INVOKE = Pattern.compile("^/2015-03-31/functions/([^/]+)/invocations$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, AsynchronousInvoker<?>> functions;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private LambdaInvokeApi(List<AsynchronousInvoker<?>> functions) {
        this.functions = functions.stream().collect(Collectors.toUnmodifiableMap(AsynchronousInvoker::functionName, Function.identity()));
        try {
            this.server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot listen on " + LOOPBACK, failure);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static LambdaInvokeApi start(List<AsynchronousInvoker<?>> functions) {
        return new LambdaInvokeApi(functions);
    }

    /** The endpoint to give as {@code AWS_ENDPOINT_URL_LAMBDA}. */
    public URI endpoint() {
        return URI.create("http://%s:%d".formatted(LOOPBACK, server.getAddress().getPort()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            Matcher invoke = INVOKE.matcher(exchange.getRequestURI().getRawPath());
            if (!exchange.getRequestMethod().equals("POST") || !invoke.matches()) {
                error(exchange, 404, "UnknownOperationException", "The local Lambda API serves Invoke only");
                return;
            }
            String name = functionName(URLDecoder.decode(invoke.group(1), StandardCharsets.UTF_8));
            AsynchronousInvoker<?> function = functions.get(name);
            if (function == null) {
                error(exchange, 404, "ResourceNotFoundException", "Function not found: " + name
                        + " (the local platform invokes these asynchronously: " + String.join(", ", functions.keySet()) + ")");
                return;
            }
            String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
            switch (type == null ? "RequestResponse" : type) {
                case "DryRun" -> exchange.sendResponseHeaders(204, -1);
                case "Event" -> {
                    JsonNode payload;
                    try {
                        payload = JSON.readTree(body);
                    } catch (IOException notJson) {
                        error(exchange, 400, "InvalidRequestContentException", "Could not parse request body into json");
                        return;
                    }
                    String requestId = function.accept(payload == null || payload.isMissingNode() ? JSON.createObjectNode() : payload);
                    exchange.getResponseHeaders().add("X-Amzn-RequestId", requestId);
                    exchange.sendResponseHeaders(202, -1);
                }
                default -> error(exchange, 400, "InvalidParameterValueException",
                        "The local Lambda API takes InvocationType Event or DryRun, not " + type);
            }
        }
    }

    /** {@code name}, {@code name:qualifier}, {@code arn:aws:lambda:REGION:ACCOUNT:function:name[:qualifier]}: the name. */
    static String functionName(String given) {
        return given.startsWith("arn:") ? given.split(":")[6] : given.split(":")[0];
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        byte[] body = JSON.createObjectNode().put("Type", "User").put("message", message).toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Amzn-ErrorType", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
