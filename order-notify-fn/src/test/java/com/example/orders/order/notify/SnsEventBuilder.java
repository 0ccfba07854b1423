package com.example.orders.order.notify;

import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.http.ApiJson;
import com.example.orders.localaws.LocalAws;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * An SNS event as Lambda hands it to the notifier from the order-notifications topic: the JSON of
 * one record whose message is the event's JSON, without message attributes (the status-events
 * pipe publishes none). Building it once and handing it over twice is how SNS redelivers.
 */
final class SnsEventBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String message;
    private String topicArn = "arn:aws:sns:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID + ":order-notifications";

    private SnsEventBuilder(String message) {
        this.message = message;
    }

    static SnsEventBuilder delivering(OrderStatusChanged change) {
        return new SnsEventBuilder(ApiJson.write(change));
    }

    /** A message as it was published, whatever it holds. */
    static SnsEventBuilder deliveringMessage(String message) {
        return new SnsEventBuilder(message);
    }

    SnsEventBuilder fromTopic(String topicArn) {
        this.topicArn = topicArn;
        return this;
    }

    byte[] build() {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject()
                .put("EventSource", "aws:sns")
                .put("EventVersion", "1.0")
                .put("EventSubscriptionArn", topicArn + ":" + UUID.randomUUID());
        ObjectNode sns = record.putObject("Sns")
                .put("Type", "Notification")
                .put("MessageId", UUID.randomUUID().toString())
                .put("TopicArn", topicArn)
                .putNull("Subject")
                .put("Message", message)
                .put("Timestamp", Instant.now().toString())
                .put("SignatureVersion", "1")
                .put("Signature", "EXAMPLE")
                .put("SigningCertUrl", "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-example.pem")
                .put("UnsubscribeUrl", "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe");
        sns.putObject("MessageAttributes");
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
