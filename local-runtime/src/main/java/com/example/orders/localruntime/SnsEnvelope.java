package com.example.orders.localruntime;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.joda.time.DateTime;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * The JSON document SNS posts to an HTTP subscriber: a {@code SubscriptionConfirmation} or a
 * {@code Notification}. A notification becomes the {@link SNSEvent} Lambda would receive for it.
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

    /** The event Lambda delivers for this notification through {@code subscriptionArn}. */
    SNSEvent event(String subscriptionArn) {
        var sns = new SNSEvent.SNS();
        sns.setType(type());
        sns.setMessageId(text("MessageId"));
        sns.setTopicArn(topicArn());
        sns.setSubject(text("Subject"));
        sns.setMessage(text("Message"));
        sns.setTimestamp(document.hasNonNull("Timestamp") ? DateTime.parse(document.get("Timestamp").asText()) : null);
        sns.setSignatureVersion(text("SignatureVersion"));
        sns.setSignature(text("Signature"));
        sns.setSigningCertUrl(text("SigningCertURL"));
        sns.setUnsubscribeUrl(text("UnsubscribeURL"));
        var attributes = new LinkedHashMap<String, SNSEvent.MessageAttribute>();
        document.path("MessageAttributes").properties().forEach(entry -> {
            var attribute = new SNSEvent.MessageAttribute();
            attribute.setType(entry.getValue().path("Type").asText());
            attribute.setValue(entry.getValue().path("Value").asText());
            attributes.put(entry.getKey(), attribute);
        });
        sns.setMessageAttributes(attributes);
        var record = new SNSEvent.SNSRecord();
        record.setEventSource("aws:sns");
        record.setEventVersion("1.0");
        record.setEventSubscriptionArn(subscriptionArn);
        record.setSns(sns);
        var event = new SNSEvent();
        event.setRecords(List.of(record));
        return event;
    }

    private String text(String field) {
        return document.hasNonNull(field) ? document.get(field).asText() : null;
    }
}
