package com.example.orders.order.notify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of the SNS event Lambda hands the notifier, as much of it as the notifier reads:
 * SNS's id for it and its body. The event is read as the JSON Lambda delivers, with Jackson's
 * streaming parser, so the notifier needs neither the Lambda runtime's reflective binding of
 * {@code SNSEvent} (and Joda-Time for its timestamp) nor Jackson's object mapper (decision 18).
 */
record TopicMessage(String messageId, String body) {

    /** Shared with {@link StatusChangeMessage}: a repeated field is refused, not silently overwritten. */
    static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * The messages of an SNS event ({@code {"Records":[{"Sns":{"MessageId":…,"Message":…}}]}});
     * every other field is skipped, as Lambda and SNS add fields over time.
     *
     * @throws IllegalArgumentException when {@code event} is not an SNS event's JSON
     */
    static List<TopicMessage> readEvent(InputStream event) {
        try (JsonParser parser = JSON.createParser(event)) {
            var messages = new ArrayList<TopicMessage>();
            expect(parser.nextToken(), JsonToken.START_OBJECT, "the event");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("Records")) {
                    parser.skipChildren();
                    continue;
                }
                expect(value, JsonToken.START_ARRAY, "Records");
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    messages.add(readRecord(parser));
                }
            }
            return messages;
        } catch (IOException malformed) {
            throw new IllegalArgumentException("The SNS event is not well-formed JSON" + where(malformed));
        }
    }

    /** Where parsing stopped, never what it read: a message's content is not the notifier's to log. */
    static String where(IOException malformed) {
        return malformed instanceof JsonProcessingException parsing && parsing.getLocation() != null
                ? " (line %d, column %d)".formatted(parsing.getLocation().getLineNr(), parsing.getLocation().getColumnNr())
                : "";
    }

    private static TopicMessage readRecord(JsonParser parser) throws IOException {
        TopicMessage message = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("Sns")) {
                expect(value, JsonToken.START_OBJECT, "Records[].Sns");
                message = readSns(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (message == null) {
            throw new IllegalArgumentException("A record of the SNS event has no Sns message");
        }
        return message;
    }

    private static TopicMessage readSns(JsonParser parser) throws IOException {
        String messageId = null;
        String body = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "MessageId" -> messageId = text(parser, value, "Sns.MessageId");
                case "Message" -> body = text(parser, value, "Sns.Message");
                default -> parser.skipChildren();
            }
        }
        if (messageId == null || body == null) {
            throw new IllegalArgumentException("A message of the SNS event lacks its MessageId or Message");
        }
        return new TopicMessage(messageId, body);
    }

    private static String text(JsonParser parser, JsonToken value, String field) throws IOException {
        expect(value, JsonToken.VALUE_STRING, field);
        return parser.getText();
    }

    private static void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new IllegalArgumentException("The SNS event's " + what + " is not " + switch (expected) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                default -> "a string";
            });
        }
    }
}
