package com.example.orders.order.notify;

import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.order.OrderStatus;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the notifier takes from an SNS message: an OrderStatusChanged event it can act on, as
 * {@code events/order-status-changed.schema.json} describes it (every field a string or null, no
 * other fields), read with Jackson's streaming parser (decision 18).
 */
public final class StatusChangeMessage {

    static final Set<String> FIELDS = Set.of("eventType", "eventId", "orderId", "status", "previousStatus", "reason",
            "total", "currency", "occurredAt", "correlationId");

    private StatusChangeMessage() {
    }

    /**
     * The event in the body of the SNS message {@code messageId}.
     *
     * @throws IllegalArgumentException when the message is not an event the notifier can act on
     */
    public static OrderStatusChanged read(String messageId, String body) {
        return read(new TopicMessage(messageId, body));
    }

    /** @throws IllegalArgumentException when the message is not an event the notifier can act on */
    static OrderStatusChanged read(TopicMessage message) {
        Map<String, String> fields = fieldsOf(message);
        // Without its id an event cannot be de-duplicated, and every such event would share one claim.
        if (fields.get("eventId") == null || fields.get("orderId") == null || fields.get("status") == null) {
            throw new IllegalArgumentException("SNS message " + message.messageId()
                    + " lacks the eventId, orderId or status of an OrderStatusChanged event");
        }
        return new OrderStatusChanged(fields.get("eventType"), fields.get("eventId"), fields.get("orderId"),
                status(message, fields, "status"), status(message, fields, "previousStatus"), fields.get("reason"),
                fields.get("total"), fields.get("currency"), fields.get("occurredAt"), fields.get("correlationId"));
    }

    private static Map<String, String> fieldsOf(TopicMessage message) {
        try (JsonParser parser = TopicMessage.JSON.createParser(message.body())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAnEvent(message, "not a JSON object");
            }
            var fields = new HashMap<String, String>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (!FIELDS.contains(field)) {
                    throw notAnEvent(message, "unknown field " + field.substring(0, Math.min(field.length(), 64)));
                }
                switch (parser.nextToken()) {
                    case VALUE_STRING -> fields.put(field, parser.getText());
                    case VALUE_NULL -> fields.put(field, null);
                    default -> throw notAnEvent(message, field + " is not a string");
                }
            }
            if (parser.nextToken() != null) {
                throw notAnEvent(message, "more than one JSON value");
            }
            return fields;
        } catch (IOException malformed) {
            throw notAnEvent(message, "JSON syntax" + TopicMessage.where(malformed));
        }
    }

    private static OrderStatus status(TopicMessage message, Map<String, String> fields, String field) {
        String status = fields.get(field);
        if (status == null) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw notAnEvent(message, field + " is no order status");
        }
    }

    private static IllegalArgumentException notAnEvent(TopicMessage message, String where) {
        // Where it went wrong, not the content: whatever was published is not ours to log.
        return new IllegalArgumentException("SNS message " + message.messageId() + " is not an OrderStatusChanged event: " + where);
    }
}
