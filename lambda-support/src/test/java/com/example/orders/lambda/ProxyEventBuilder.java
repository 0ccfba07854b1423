package com.example.orders.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** An API Gateway proxy event as the gateway would send it; tests change only what they are about. */
public final class ProxyEventBuilder {

    private final APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent();
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private final Map<String, String> pathParameters = new HashMap<>();

    private ProxyEventBuilder(String method, String resource, String path) {
        event.setHttpMethod(method);
        event.setResource(resource);
        event.setPath(path);
        event.setRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withRequestId(UUID.randomUUID().toString())
                .withStage("test"));
    }

    public static ProxyEventBuilder post(String path) {
        return new ProxyEventBuilder("POST", path, path).header("Content-Type", "application/json");
    }

    public static ProxyEventBuilder getOrder(String orderId) {
        var builder = new ProxyEventBuilder("GET", "/orders/{orderId}", "/orders/" + orderId);
        builder.pathParameters.put("orderId", orderId);
        return builder;
    }

    public static ProxyEventBuilder listOrders() {
        return new ProxyEventBuilder("GET", "/orders", "/orders");
    }

    public ProxyEventBuilder header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ProxyEventBuilder withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    public ProxyEventBuilder query(String name, String value) {
        query.put(name, value);
        return this;
    }

    /** The path as a client addressed it through a deployed stage, such as {@code /dev/orders}. */
    public ProxyEventBuilder addressedAs(String path) {
        event.getRequestContext().setPath(path);
        return this;
    }

    public ProxyEventBuilder body(String body) {
        event.setBody(body);
        return this;
    }

    public APIGatewayProxyRequestEvent build() {
        event.setHeaders(Map.copyOf(headers));
        event.setQueryStringParameters(query.isEmpty() ? null : Map.copyOf(query));
        event.setPathParameters(pathParameters.isEmpty() ? null : Map.copyOf(pathParameters));
        return event;
    }
}
