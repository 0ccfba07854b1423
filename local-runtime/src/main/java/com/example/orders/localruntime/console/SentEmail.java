package com.example.orders.localruntime.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An email SES accepted, as moto records it: a formatted message (SendEmail, SES v1 and v2) with
 * its subject and body, or a raw MIME message (SendRawEmail) whose text is the whole message.
 */
record SentEmail(String id, String source, List<String> recipients, String subject, String body) {

    /** From an entry of moto's {@code ses.Message} model data. */
    static SentEmail formatted(JsonNode message) {
        var recipients = new ArrayList<String>();
        message.path("destinations").properties()
                .forEach(kind -> kind.getValue().forEach(address -> recipients.add(address.asText())));
        return new SentEmail(message.path("id").asText(), message.path("source").asText(), recipients,
                message.path("subject").asText(), message.path("body").asText());
    }

    /** From an entry of moto's {@code ses.RawMessage} model data. */
    static SentEmail raw(JsonNode message) {
        var recipients = new ArrayList<String>();
        message.path("destinations").forEach(address -> recipients.add(address.asText()));
        return new SentEmail(message.path("id").asText(), message.path("source").asText(), recipients,
                "(raw MIME message)", message.path("raw_data").asText());
    }

    /** The email as a person reads it. */
    String text() {
        return """
                From: %s
                To: %s
                Subject: %s
                Message-Id: %s

                %s
                """.formatted(source, String.join(", ", recipients), subject, id, body);
    }
}
