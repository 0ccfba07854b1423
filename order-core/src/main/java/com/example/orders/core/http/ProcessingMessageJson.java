package com.example.orders.core.http;

import com.example.orders.core.events.ProcessingMessage;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * The processing queue's message, read with Jackson's streaming parser, as {@link ApiModelJson}
 * reads a create request (decision 19): a body that is exactly what {@link ApiJson#read} accepts
 * (the schema's three fields, each a well-formed string, nothing else) is read straight into the
 * record; any other is left to {@link ApiJson#read}, which decides as it always did. The
 * processor's first message then costs no object mapper.
 */
public final class ProcessingMessageJson {

    private ProcessingMessageJson() {
    }

    /** The message in {@code body}; throws as {@link ApiJson#read} does when it is not one. */
    public static ProcessingMessage read(String body) {
        return straight(body).orElseGet(() -> ApiJson.read(body, ProcessingMessage.class));
    }

    /** The message, when {@code body} is one the straight path reads; empty for the object mapper to decide. */
    static Optional<ProcessingMessage> straight(String body) {
        if (body == null) {
            return Optional.empty();
        }
        try (JsonParser parser = StreamedJson.parser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String orderId = null;
            String createdAt = null;
            String correlationId = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_STRING || !WellFormedText.isWellFormed(parser.getText())) {
                    return Optional.empty();
                }
                switch (field) {
                    case "orderId" -> orderId = parser.getText();
                    case "createdAt" -> createdAt = parser.getText();
                    case "correlationId" -> correlationId = parser.getText();
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return parser.nextToken() == null ? Optional.of(new ProcessingMessage(orderId, createdAt, correlationId)) : Optional.empty();
        } catch (IOException notStraightforward) {
            return Optional.empty();
        }
    }
}
