package com.example.orders.localruntime.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A stream handler invoked as Lambda invokes it: with the event's JSON as bytes, exactly what an
 * event source sent, and nothing made of its answer (the invocations this serves are
 * asynchronous, whose answer Lambda discards).
 */
public final class StreamHandlerFunction implements RequestHandler<JsonNode, Void> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestStreamHandler handler;

    public StreamHandlerFunction(RequestStreamHandler handler) {
        this.handler = handler;
    }

    @Override
    public Void handleRequest(JsonNode event, Context context) {
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), OutputStream.nullOutputStream(), context);
            return null;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
