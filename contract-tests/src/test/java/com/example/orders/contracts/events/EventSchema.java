package com.example.orders.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.http.ApiJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An event's JSON schema, as order-core publishes it ({@code events/*.schema.json}): a consumer's
 * expected message may only use fields the schema defines, and must include the required ones,
 * so no consumer expects what the producers do not promise.
 */
record EventSchema(JsonNode schema) {

    static EventSchema named(String name) {
        try (InputStream in = EventSchema.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalStateException("order-core has no event schema " + name);
            }
            return new EventSchema(ApiJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void assertDescribes(String message) {
        JsonNode contents;
        try {
            contents = ApiJson.mapper().readTree(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> fields = new LinkedHashSet<>();
        contents.fieldNames().forEachRemaining(fields::add);
        Set<String> defined = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(defined::add);
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        assertThat(fields).as("fields the schema %s defines", schema.path("title").asText()).isSubsetOf(defined);
        assertThat(fields).as("fields the schema %s requires", schema.path("title").asText()).containsAll(required);
    }
}
