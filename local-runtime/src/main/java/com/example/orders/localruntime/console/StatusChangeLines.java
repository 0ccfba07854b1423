package com.example.orders.localruntime.console;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A subscriber of order-notifications that writes a console line per order status change
 * ({@code order 2742…: PENDING -> PROCESSING}), so a person running the platform sees orders
 * move on. It subscribes as the notifier does, with the same filter policy.
 */
public final class StatusChangeLines implements RequestHandler<SNSEvent, Void> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> console;

    public StatusChangeLines(Consumer<String> console) {
        this.console = console;
    }

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        for (SNSEvent.SNSRecord record : event.getRecords()) {
            JsonNode change;
            try {
                change = JSON.readTree(record.getSNS().getMessage());
            } catch (IOException notJson) {
                continue;
            }
            String reason = change.path("reason").asText("");
            String previous = change.path("previousStatus").asText("");
            // A redelivered message for a final order announces its status again, with no previous one.
            String move = previous.isEmpty() ? "is " + change.path("status").asText() + ", announced again"
                    : previous + " -> " + change.path("status").asText();
            console.accept("order %s %s%s".formatted(change.path("orderId").asText(), move,
                    reason.isEmpty() ? "" : " (" + reason + ")"));
        }
        return null;
    }
}
