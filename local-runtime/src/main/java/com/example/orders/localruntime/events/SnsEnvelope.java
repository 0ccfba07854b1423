package com.example.orders.localruntime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON document SNS posts to an HTTP subscriber: a {@code SubscriptionConfirmation} or a
 * {@code Notification}. A notification becomes the event Lambda would receive for it, in
 * Lambda's JSON ({@link SnsEvents} reads it back as an {@code SNSEvent}).
 */
record SnsEnvelope(JsonNode document) {

    static final String NOTIFICATION = "Notification";
    static final String SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation";

    String type() {
        return document.path("Type").asText();
    }

    String topicArn() {
        return document.path("TopicArn").asText();
    }

    String token() {
        return document.path("Token").asText();
    }

    /** The event Lambda delivers for this notification through {@code subscriptionArn}, as JSON. */
    JsonNode payload(String subscriptionArn) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("EventSource", "aws:sns");
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", subscriptionArn);
        ObjectNode sns = record.putObject("Sns");
        sns.put("Type", type());
        copy(sns, "MessageId", "MessageId");
        sns.put("TopicArn", topicArn());
        copy(sns, "Subject", "Subject");
        copy(sns, "Message", "Message");
        copy(sns, "Timestamp", "Timestamp");
        copy(sns, "SignatureVersion", "SignatureVersion");
        copy(sns, "Signature", "Signature");
        // Lambda spells these two differently from SNS's HTTP deliveries.
        copy(sns, "SigningCertURL", "SigningCertUrl");
        copy(sns, "UnsubscribeURL", "UnsubscribeUrl");
        ObjectNode attributes = sns.putObject("MessageAttributes");
        document.path("MessageAttributes").properties().forEach(entry -> attributes.putObject(entry.getKey())
                .put("Type", entry.getValue().path("Type").asText())
                .put("Value", entry.getValue().path("Value").asText()));
        return event;
    }

    private void copy(ObjectNode target, String from, String to) {
        if (document.hasNonNull(from)) {
            target.put(to, document.get(from).asText());
        } else {
            target.putNull(to);
        }
    }
}
