package com.example.orders.core.events;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event records and their written-down schemas describe the same fields. */
class EventSchemasTest {

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream("/events/" + name)) {
            return ApiJson.mapper().readTree(in);
        }
    }

    private static Set<String> names(JsonNode node) {
        var names = new HashSet<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> required(JsonNode schema) {
        var names = new HashSet<String>();
        schema.get("required").forEach(field -> names.add(field.asText()));
        return names;
    }

    private static OrderStatusChanged failedEvent() {
        Order order = anOrder().build().movedTo(OrderStatus.FAILED, "Payment declined", Instant.parse("2026-11-24T11:00:00Z"));
        return OrderStatusChanged.of(order, OrderStatus.PENDING);
    }

    @Test
    void statusChangeWithEveryFieldSetWritesExactlyTheSchemasProperties() throws IOException {
        JsonNode written = ApiJson.mapper().readTree(ApiJson.write(failedEvent()));
        assertThat(names(written)).isEqualTo(names(schema("order-status-changed.schema.json").get("properties")));
    }

    @Test
    void statusChangeWritesEveryRequiredProperty() throws IOException {
        Order order = anOrder().build().movedTo(OrderStatus.PROCESSING, null, Instant.parse("2026-11-24T11:00:00Z"));
        JsonNode written = ApiJson.mapper().readTree(ApiJson.write(OrderStatusChanged.of(order, OrderStatus.PENDING)));
        assertThat(names(written)).containsAll(required(schema("order-status-changed.schema.json")));
    }

    @Test
    void statusChangeIsIdentifiedByOrderAndVersion() {
        OrderStatusChanged event = failedEvent();
        assertThat(event.eventId()).isEqualTo(event.orderId() + ":2");
    }

    @Test
    void failedStatusChangeConformsToTheSchema() {
        EventSchema.named(EventSchema.STATUS_CHANGED).assertDescribes(ApiJson.write(failedEvent()));
    }

    @Test
    void processingMessageConformsToTheSchema() {
        EventSchema.named(EventSchema.PROCESSING_MESSAGE).assertDescribes(ApiJson.write(
                new ProcessingMessage("0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10", "2026-11-24T10:15:30.123Z", "web-1")));
    }

    /** The schemas are enforced in full, not field by field: a number where a decimal string belongs fails. */
    @Test
    void schemaRejectsATotalWrittenAsANumber() throws IOException {
        var event = (ObjectNode) ApiJson.mapper().readTree(ApiJson.write(failedEvent()));
        event.put("total", 64.99);
        assertThat(EventSchema.named(EventSchema.STATUS_CHANGED).violations(event.toString()))
                .singleElement().asString().contains("total");
    }

    @Test
    void schemaRejectsAnOccurredAtThatIsNoTimestamp() throws IOException {
        var event = (ObjectNode) ApiJson.mapper().readTree(ApiJson.write(failedEvent()));
        event.put("occurredAt", "yesterday");
        assertThat(EventSchema.named(EventSchema.STATUS_CHANGED).violations(event.toString()))
                .singleElement().asString().contains("occurredAt");
    }

    @Test
    void processingMessageWritesExactlyTheSchemasProperties() throws IOException {
        JsonNode written = ApiJson.mapper().readTree(ApiJson.write(
                new ProcessingMessage("0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10", "2026-11-24T10:15:30.123Z", "web-1")));
        assertThat(names(written)).isEqualTo(names(schema("order-processing-message.schema.json").get("properties")));
    }
}
