package com.example.orders.localruntime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A JSON document shipped inside local-runtime's jar, such as the pipe's filter and template. */
public final class JsonResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResource() {
    }

    public static JsonNode read(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Resource " + name + " is not JSON", unreadable);
        }
    }

    public static String text(String name) {
        try (InputStream in = JsonResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read resource " + name, unreadable);
        }
    }
}
