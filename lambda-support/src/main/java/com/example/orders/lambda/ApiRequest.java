package com.example.orders.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a handler needs from an API Gateway proxy event. Header names are case-insensitive in
 * HTTP, so lookups here are too. The path is the one the client addressed: behind a deployed
 * stage it starts with the stage ({@code /dev/orders}), which links such as Location must keep.
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> headers,
        Map<String, String> queryParameters,
        Map<String, String> pathParameters,
        String body,
        String requestId,
        String correlationId) {

    /** What a caller may pass as a correlation id (the contract's x-correlation-id); anything else is refused, never logged. */
    private static final Pattern CORRELATION_ID = Pattern.compile("^[A-Za-z0-9_.:-]{1,128}$");

    public static ApiRequest from(APIGatewayProxyRequestEvent event) {
        var headers = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        if (event.getHeaders() != null) {
            headers.putAll(event.getHeaders());
        }
        String requestId = event.getRequestContext() != null && event.getRequestContext().getRequestId() != null
                ? event.getRequestContext().getRequestId()
                : UUID.randomUUID().toString();
        String offered = headers.get("x-correlation-id");
        String correlationId = offered != null && CORRELATION_ID.matcher(offered).matches() ? offered : requestId;
        return new ApiRequest(
                event.getHttpMethod() == null ? "" : event.getHttpMethod().toUpperCase(Locale.ROOT),
                addressedPath(event),
                headers,
                event.getQueryStringParameters() == null ? Map.of() : Map.copyOf(event.getQueryStringParameters()),
                event.getPathParameters() == null ? Map.of() : Map.copyOf(event.getPathParameters()),
                event.getBody(),
                requestId,
                correlationId);
    }

    /** The request context's path includes the stage or custom domain base path; the event's does not. */
    private static String addressedPath(APIGatewayProxyRequestEvent event) {
        if (event.getRequestContext() != null && event.getRequestContext().getPath() != null) {
            return event.getRequestContext().getPath();
        }
        return event.getPath() == null ? "" : event.getPath();
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** Whether the caller sent an x-correlation-id the contract does not admit (the request id stands in for it). */
    public boolean hasMalformedCorrelationId() {
        String offered = headers.get("x-correlation-id");
        return offered != null && !CORRELATION_ID.matcher(offered).matches();
    }
}
