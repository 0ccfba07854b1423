package com.example.orders.benchmarks.probe;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event a function is invoked with, as its trigger delivers it, built from one payload:
 * the request body, the status to list, the queue message's body, or the topic message. Only
 * Lambda's event classes are used, as the probe runs with nothing but the function's own jar.
 */
public enum EventKind {

    /** API Gateway's proxy event for {@code POST /orders}; the payload is the body. */
    CREATE_REQUEST("201") {
        @Override
        public Object event(String payload) {
            return apiRequest("POST", "/orders", "/orders", null, payload)
                    .withHeaders(Map.of("Content-Type", "application/json", "x-correlation-id", "benchmark"));
        }
    },
    /** API Gateway's proxy event for {@code GET /orders?status=}; the payload is the status. */
    LIST_REQUEST("200") {
        @Override
        public Object event(String payload) {
            return apiRequest("GET", "/orders", "/orders", Map.of("status", payload, "limit", "20"), null)
                    .withHeaders(Map.of("x-correlation-id", "benchmark"));
        }
    },
    /** A batch of one message from order-processing-queue; the payload is its body. */
    PROCESSING_BATCH("0 failures") {
        @Override
        public Object event(String payload) {
            var message = new SQSEvent.SQSMessage();
            message.setMessageId(UUID.randomUUID().toString());
            message.setBody(payload);
            message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
            message.setEventSource("aws:sqs");
            var event = new SQSEvent();
            event.setRecords(List.of(message));
            return event;
        }
    },
    /**
     * One notification from order-notifications, as the JSON Lambda hands the notifier (a stream
     * handler); the payload is the OrderStatusChanged message.
     */
    STATUS_NOTIFICATION("done") {
        @Override
        public Object event(String payload) {
            return """
                    {"Records":[{"EventSource":"aws:sns","EventVersion":"1.0","Sns":{"Type":"Notification",\
                    "MessageId":"%s","Message":"%s","Timestamp":"%s","MessageAttributes":{}}}]}"""
                    .formatted(UUID.randomUUID(), jsonString(payload), Instant.now());
        }
    },
    /** EventBridge Scheduler's run of the reconciler, whose input it ignores; the payload is unused. */
    SCHEDULE("swept") {
        @Override
        public Object event(String payload) {
            return Map.of("source", "benchmark");
        }
    },
    /** The workflow's ProcessPayment Task state, as its Parameters invoke it; the payload is the order id. */
    WORKFLOW_TASK("task done") {
        @Override
        public Object event(String payload) {
            return Map.of("task", "ProcessPayment", "orderId", payload, "correlationId", "benchmark");
        }
    };

    private final String expectedOutcome;

    EventKind(String expectedOutcome) {
        this.expectedOutcome = expectedOutcome;
    }

    public abstract Object event(String payload);

    /** What {@link #outcome} says when the function did what a benchmark means to measure. */
    public String expectedOutcome() {
        return expectedOutcome;
    }

    /**
     * The function's answer in a word: the HTTP status, the number of batch failures, or
     * {@code done} for a function that returns nothing. A benchmark of error paths measures
     * nothing useful, so the harness refuses runs whose outcome is not the expected one.
     */
    public static String outcome(Object response) {
        return switch (response) {
            case APIGatewayProxyResponseEvent api -> String.valueOf(api.getStatusCode());
            case SQSBatchResponse batch -> batch.getBatchItemFailures().size() + " failures";
            case Map<?, ?> report when report.containsKey("requeued") -> "swept";
            case Map<?, ?> task when task.containsKey("orderId") -> "task done";
            case null -> "done";
            default -> response.getClass().getSimpleName();
        };
    }

    private static APIGatewayProxyRequestEvent apiRequest(String method, String resource, String path,
            Map<String, String> query, String body) {
        var context = new ProxyRequestContext();
        context.setRequestId(UUID.randomUUID().toString());
        context.setStage("bench");
        context.setHttpMethod(method);
        context.setResourcePath(resource);
        context.setPath("/bench" + path);
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withResource(resource)
                .withPath(path)
                .withQueryStringParameters(query)
                .withRequestContext(context)
                .withBody(body);
    }

    /** {@code text} as the content of a JSON string: the probe has no JSON library of its own. */
    static String jsonString(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> escaped.append(c < 0x20 ? "\\u%04x".formatted(c) : String.valueOf((char) c));
            }
        });
        return escaped.toString();
    }
}
