package com.example.orders.order.notify;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.http.ApiJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** What the notifier takes from an SNS message: an OrderStatusChanged event it can act on. */
public final class StatusChangeMessage {

    private StatusChangeMessage() {
    }

    /** @throws IllegalArgumentException when the message is not an event the notifier can act on */
    public static OrderStatusChanged read(SNSEvent.SNS message) {
        try {
            OrderStatusChanged change = ApiJson.mapper().readValue(message.getMessage(), OrderStatusChanged.class);
            // Without its id an event cannot be de-duplicated, and every such event would share one claim.
            if (change.eventId() == null || change.orderId() == null || change.status() == null) {
                throw new IllegalArgumentException("SNS message " + message.getMessageId()
                        + " lacks the eventId, orderId or status of an OrderStatusChanged event");
            }
            return change;
        } catch (JsonProcessingException malformed) {
            // Where it went wrong, not the content: whatever was published is not ours to log.
            String where = malformed instanceof JsonMappingException mapping ? mapping.getPathReference() : "JSON syntax";
            throw new IllegalArgumentException("SNS message " + message.getMessageId()
                    + " is not an OrderStatusChanged event: " + where);
        }
    }
}
