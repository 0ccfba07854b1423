package com.example.orders.localruntime.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.RequestIdentity;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.localaws.LocalAws;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * API Gateway's Lambda proxy integration (REST API, payload format 1.0), both ways: the request
 * becomes an {@link APIGatewayProxyRequestEvent} shaped as API Gateway shapes it, and the
 * function's {@link APIGatewayProxyResponseEvent} becomes the HTTP response, untouched apart
 * from the defaults API Gateway applies.
 */
final class LambdaProxyIntegration {

    /** The id the local API has where API Gateway would give it a generated one. */
    static final String API_ID = "local";

    /** API Gateway's request time format, such as {@code 24/Nov/2026:10:15:30 +0000}. */
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private LambdaProxyIntegration() {
    }

    static APIGatewayProxyRequestEvent event(GatewayRequest request, RouteMatch match, String apiKey, String stage, int port) {
        var headers = new LinkedHashMap<>(request.headers());
        // What API Gateway adds in front of the function, as its CloudFront edge would.
        headers.put("x-forwarded-for", List.of(request.sourceIp()));
        headers.put("x-forwarded-port", List.of(Integer.toString(port)));
        headers.put("x-forwarded-proto", List.of("http"));

        var identity = new RequestIdentity();
        identity.setSourceIp(request.sourceIp());
        identity.setApiKey(apiKey);
        request.header("user-agent").ifPresent(identity::setUserAgent);

        var context = new ProxyRequestContext();
        context.setAccountId(LocalAws.ACCOUNT_ID);
        context.setApiId(API_ID);
        context.setStage(stage);
        context.setRequestId(request.requestId());
        context.setExtendedRequestId(request.requestId());
        context.setResourcePath(match.route().resource().template());
        context.setHttpMethod(request.method());
        context.setPath(request.path());
        context.setOperationName(match.route().operationId());
        context.setProtocol(request.protocol());
        context.setRequestTime(REQUEST_TIME.format(request.receivedAt()));
        context.setRequestTimeEpoch(request.receivedAt().toEpochMilli());
        context.setDomainName(request.header("host").orElse("127.0.0.1:" + port));
        context.setIdentity(identity);

        return new APIGatewayProxyRequestEvent()
                .withResource(match.route().resource().template())
                .withPath(request.path())
                .withHttpMethod(request.method())
                .withHeaders(lastValues(headers))
                .withMultiValueHeaders(headers)
                .withQueryStringParameters(request.queryParameters().isEmpty() ? null : lastValues(request.queryParameters()))
                .withMultiValueQueryStringParameters(request.queryParameters().isEmpty() ? null : request.queryParameters())
                .withPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters())
                .withStageVariables(null)
                .withRequestContext(context)
                .withBody(request.body())
                .withIsBase64Encoded(false);
    }

    /**
     * The HTTP response for a function's result, or empty when the result is not a valid proxy
     * response (API Gateway then answers 502 Malformed Lambda proxy response).
     * {@code multiValueHeaders} win over {@code headers} of the same name, as in API Gateway, and
     * a response without a Content-Type gets {@code application/json}.
     */
    static Optional<GatewayResponse> response(APIGatewayProxyResponseEvent result) {
        if (result == null || result.getStatusCode() == null
                || result.getStatusCode() < 100 || result.getStatusCode() > 599) {
            return Optional.empty();
        }
        var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        if (result.getHeaders() != null) {
            result.getHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
        }
        if (result.getMultiValueHeaders() != null) {
            headers.putAll(result.getMultiValueHeaders());
        }
        headers.putIfAbsent("Content-Type", List.of("application/json"));
        return Optional.of(new GatewayResponse(result.getStatusCode(), headers, result.getBody()));
    }

    private static Map<String, String> lastValues(Map<String, List<String>> multimap) {
        var last = new LinkedHashMap<String, String>();
        multimap.forEach((name, values) -> last.put(name, values.getLast()));
        return last;
    }
}
