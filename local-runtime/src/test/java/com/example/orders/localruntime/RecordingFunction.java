package com.example.orders.localruntime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A function that keeps every event and context it is invoked with and answers 200 with a
 * header of its own, so tests see exactly what the gateway hands a function and what it does
 * with the answer.
 */
final class RecordingFunction implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    static final String OWN_HEADER = "X-Answered-By";

    private final List<APIGatewayProxyRequestEvent> events = new CopyOnWriteArrayList<>();
    private final List<Context> contexts = new CopyOnWriteArrayList<>();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        events.add(event);
        contexts.add(context);
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json", OWN_HEADER, "recording-function"))
                .withBody("{\"recorded\":true}");
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
