package com.example.orders.localruntime.gateway;

import com.example.orders.core.http.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The HTTP server's own refusals, before a request reaches API Gateway's pipeline: a malformed
 * request line, URI or percent-escape, bad framing (conflicting Content-Length and
 * Transfer-Encoding, a bad chunk), an unsupported transfer coding, too long a URI, too large a
 * header block, an HTTP version other than 1.0 and 1.1, a request too slow to arrive. Jetty picks
 * the status RFC 9110 and 9112 prescribe (400, 408, 414, 431, 501, 505); this writes it as the
 * contract's problem+json instead of an HTML page, with the headers (CORS included) the deploy
 * spec maps for its gateway responses of that class.
 */
final class HttpRefusals extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, String[]> KNOWN = Map.of(
            400, new String[] {"malformed-request", "Malformed request", "The request is not well-formed HTTP."},
            408, new String[] {"request-timeout", "Request timeout", "The request took too long to arrive."},
            413, new String[] {"payload-too-large", "Payload too large", "The request body is larger than the API accepts."},
            414, new String[] {"uri-too-long", "URI too long", "The request URI is longer than the API accepts."},
            426, new String[] {"upgrade-required", "Upgrade required", "Send the request as HTTP/1.1."},
            431, new String[] {"headers-too-large", "Request header fields too large",
                "The request's header fields are larger than the API accepts."},
            501, new String[] {"not-implemented", "Not implemented", "The request uses a method or transfer coding the API does not implement."},
            505, new String[] {"http-version-not-supported", "HTTP version not supported", "Send the request as HTTP/1.1."});

    private final GatewayResponses gatewayResponses;

    HttpRefusals(GatewayResponses gatewayResponses) {
        this.gatewayResponses = gatewayResponses;
    }

    /** Every method gets a problem document, not only GET, POST and HEAD. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        byte[] body = problem(code);
        HttpFields.Mutable headers = response.getHeaders();
        headers(code).forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** What the server sends when a request could not even be parsed into one. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(status).forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        return ByteBuffer.wrap(problem(status));
    }

    /**
     * The refusal of a request Jetty parsed but HTTP forbids all the same (a transfer coding other
     * than chunked, Transfer-Encoding in HTTP/1.0), or whose body broke off while it was read.
     */
    GatewayResponse refusal(int status) {
        var headers = new LinkedHashMap<String, List<String>>();
        headers(status).forEach((name, value) -> headers.put(name, List.of(value)));
        headers.put("Content-Type", List.of("application/problem+json"));
        return new GatewayResponse(status, headers, new String(problem(status), StandardCharsets.UTF_8));
    }

    /** The status HTTP prescribes for a request whose framing Jetty accepted but RFC 9112 does not, if any. */
    static Optional<Integer> framingRefusal(Request request) {
        List<String> codings = new ArrayList<>();
        request.getHeaders().getValuesList(HttpHeader.TRANSFER_ENCODING).forEach(value -> {
            for (String coding : value.split(",")) {
                codings.add(coding.strip().toLowerCase(Locale.ROOT));
            }
        });
        if (codings.isEmpty()) {
            return Optional.empty();
        }
        if (HttpVersion.HTTP_1_0.is(request.getConnectionMetaData().getProtocol())) {
            // RFC 9112 6.1: Transfer-Encoding in HTTP/1.0 means faulty framing.
            return Optional.of(400);
        }
        // RFC 9112 6.1: a transfer coding the server does not understand is 501; chunked is the only one here.
        return codings.equals(List.of("chunked")) ? Optional.empty() : Optional.of(501);
    }

    /** The status for a body that could not be read: Jetty's verdict on its framing, else a timeout or a broken connection. */
    static int bodyFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                return http.getCode();
            }
            if (cause instanceof TimeoutException) {
                return 408;
            }
        }
        return 400;
    }

    private Map<String, String> headers(int status) {
        var none = new GatewayRequest(UUID.randomUUID().toString(), Instant.now(), "", "", Map.of(), Map.of(), null, "", "", Map.of());
        Map<String, String> headers = new LinkedHashMap<>(gatewayResponses.headers(
                status >= 500 ? GatewayResponseType.DEFAULT_5XX : GatewayResponseType.DEFAULT_4XX, none));
        headers.remove("Content-Type");
        headers.put("Connection", "close");
        return headers;
    }

    static byte[] problem(int status) {
        String[] known = KNOWN.get(status);
        ObjectNode problem = JSON.createObjectNode()
                .put("type", ProblemType.BASE + (known != null ? known[0] : "malformed-request"))
                .put("title", known != null ? known[1] : HttpStatus.getMessage(status))
                .put("status", status)
                .put("detail", known != null ? known[2] : "The request was refused.");
        try {
            return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
