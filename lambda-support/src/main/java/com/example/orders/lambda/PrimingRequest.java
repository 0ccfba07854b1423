package com.example.orders.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * A request an API function sends itself while priming, as API Gateway's proxy integration
 * would deliver it, and the answer it must get: any other answer means the path primed is not
 * the one requests take, and priming says so.
 */
public record PrimingRequest(APIGatewayProxyRequestEvent event, int expectedStatus) {

    private static final String CORRELATION_ID = "snapstart-priming";

    public static PrimingRequest get(String resource, String path, Map<String, String> pathParameters,
            Map<String, String> query, int expectedStatus) {
        return new PrimingRequest(event("GET", resource, path, Map.of("x-correlation-id", CORRELATION_ID))
                .withPathParameters(pathParameters)
                .withQueryStringParameters(query), expectedStatus);
    }

    public static PrimingRequest post(String resource, Map<String, String> headers, String body, int expectedStatus) {
        var allHeaders = new HashMap<>(headers);
        allHeaders.put("x-correlation-id", CORRELATION_ID);
        allHeaders.put("Content-Type", "application/json");
        return new PrimingRequest(event("POST", resource, resource, Map.copyOf(allHeaders)).withBody(body), expectedStatus);
    }

    /** @throws IllegalStateException when the function answered otherwise than expected */
    public void expect(APIGatewayProxyResponseEvent response) {
        if (response.getStatusCode() == null || response.getStatusCode() != expectedStatus) {
            throw new IllegalStateException("Priming %s %s answered %s where %d was expected: %s".formatted(
                    event.getHttpMethod(), event.getPath(), response.getStatusCode(), expectedStatus, response.getBody()));
        }
    }

    private static APIGatewayProxyRequestEvent event(String method, String resource, String path, Map<String, String> headers) {
        var context = new ProxyRequestContext();
        context.setRequestId(CORRELATION_ID);
        context.setHttpMethod(method);
        context.setResourcePath(resource);
        context.setPath(path);
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withResource(resource)
                .withPath(path)
                .withHeaders(headers)
                .withRequestContext(context);
    }
}
