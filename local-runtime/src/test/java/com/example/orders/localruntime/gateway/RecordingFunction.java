package com.example.orders.localruntime.gateway;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A function that keeps every event and context it is invoked with and answers with a header of
 * its own, so tests see exactly what the gateway hands a function and what it does with the
 * answer. Its answers are ones the contract documents: an empty page for a listing, a 404 problem
 * for an order, a 422 problem for a create.
 */
final class RecordingFunction implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    static final String OWN_HEADER = "X-Answered-By";
    /** What the contract promises on every response, which a function adds itself. */
    static final Map<String, String> CONTRACT_HEADERS = Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff");

    private final List<APIGatewayProxyRequestEvent> events = new CopyOnWriteArrayList<>();
    private final List<Context> contexts = new CopyOnWriteArrayList<>();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        events.add(event);
        contexts.add(context);
        if ("/orders".equals(event.getResource()) && "GET".equals(event.getHttpMethod())) {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(headers("application/json"))
                    .withBody("{\"items\":[]}");
        }
        boolean create = "POST".equals(event.getHttpMethod());
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(create ? 422 : 404)
                .withHeaders(headers("application/problem+json"))
                .withBody(create
                        ? "{\"type\":\"https://orders.example.com/problems/idempotency-key-reused\",\"title\":\"Idempotency key reused\",\"status\":422}"
                        : "{\"type\":\"https://orders.example.com/problems/not-found\",\"title\":\"Order not found\",\"status\":404}");
    }

    /** A function's headers: the contract's, its own, and a Content-Type. */
    static Map<String, String> headers(String contentType) {
        var headers = new HashMap<>(CONTRACT_HEADERS);
        headers.put("Content-Type", contentType);
        headers.put(OWN_HEADER, "recording-function");
        return headers;
    }

    List<APIGatewayProxyRequestEvent> events() {
        return events;
    }

    APIGatewayProxyRequestEvent lastEvent() {
        return events.getLast();
    }

    Context lastContext() {
        return contexts.getLast();
    }
}
