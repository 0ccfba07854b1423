package com.example.orders.localaws;

import java.util.List;

/**
 * An email SES accepted: the id SES gave it, its sender and recipients, and its subject and text
 * body; a raw MIME message (SendRawEmail, or SES v2's raw content) has the whole message as its
 * body and no subject of its own.
 */
public record SentEmail(String messageId, String source, List<String> recipients, String subject, String body) {

    static final String RAW_SUBJECT = "(raw MIME message)";

    public SentEmail {
        recipients = List.copyOf(recipients);
    }
}
