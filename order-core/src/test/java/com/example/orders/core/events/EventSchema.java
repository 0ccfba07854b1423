package com.example.orders.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.http.ApiJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An event's JSON Schema as order-core publishes it ({@code events/*.schema.json}), applied in
 * full: types, patterns, enums, formats and {@code additionalProperties}. Producers' events and
 * consumers' expected messages are both held to it, so neither side can drift from the document
 * the other reads.
 */
public record EventSchema(String name, Schema schema) {

    public static final String STATUS_CHANGED = "order-status-changed.schema.json";
    public static final String PROCESSING_MESSAGE = "order-processing-message.schema.json";

    /** Formats such as date-time are only annotations in 2020-12 unless asserted. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    public static EventSchema named(String name) {
        try (InputStream in = EventSchema.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalStateException("order-core has no event schema " + name);
            }
            return new EventSchema(name, REGISTRY.getSchema(ApiJson.mapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong with a message; empty when it conforms. */
    public List<String> violations(String message) {
        JsonNode contents;
        try {
            contents = ApiJson.mapper().readTree(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schema.validate(contents).stream().map(Error::toString).toList();
    }

    public void assertDescribes(String message) {
        assertThat(violations(message)).as("%s against %s", message, name).isEmpty();
    }
}
