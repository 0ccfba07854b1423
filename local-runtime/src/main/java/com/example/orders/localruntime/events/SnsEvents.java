package com.example.orders.localruntime.events;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.joda.time.DateTime;

/** Lambda's JSON for an SNS event, read into the {@link SNSEvent} a Java handler receives. */
public final class SnsEvents {

    private SnsEvents() {}

    public static SNSEvent decode(JsonNode payload) {
        var records = new ArrayList<SNSEvent.SNSRecord>();
        for (JsonNode recordJson : payload.path("Records")) {
            JsonNode snsJson = recordJson.path("Sns");
            var sns = new SNSEvent.SNS();
            sns.setType(text(snsJson, "Type"));
            sns.setMessageId(text(snsJson, "MessageId"));
            sns.setTopicArn(text(snsJson, "TopicArn"));
            sns.setSubject(text(snsJson, "Subject"));
            sns.setMessage(text(snsJson, "Message"));
            String timestamp = text(snsJson, "Timestamp");
            sns.setTimestamp(timestamp == null ? null : DateTime.parse(timestamp));
            sns.setSignatureVersion(text(snsJson, "SignatureVersion"));
            sns.setSignature(text(snsJson, "Signature"));
            sns.setSigningCertUrl(text(snsJson, "SigningCertUrl"));
            sns.setUnsubscribeUrl(text(snsJson, "UnsubscribeUrl"));
            var attributes = new LinkedHashMap<String, SNSEvent.MessageAttribute>();
            snsJson.path("MessageAttributes").properties().forEach(entry -> {
                var attribute = new SNSEvent.MessageAttribute();
                attribute.setType(entry.getValue().path("Type").asText());
                attribute.setValue(entry.getValue().path("Value").asText());
                attributes.put(entry.getKey(), attribute);
            });
            sns.setMessageAttributes(attributes);
            var record = new SNSEvent.SNSRecord();
            record.setEventSource(text(recordJson, "EventSource"));
            record.setEventVersion(text(recordJson, "EventVersion"));
            record.setEventSubscriptionArn(text(recordJson, "EventSubscriptionArn"));
            record.setSns(sns);
            records.add(record);
        }
        var event = new SNSEvent();
        event.setRecords(records);
        return event;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
