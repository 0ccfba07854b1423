package com.example.orders.order.notify;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.OrderStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusChangeMessageTest {

    private static TopicMessage message(String body) {
        return new TopicMessage("message-1", body);
    }

    private static OrderStatusChanged failedOrderEvent() {
        return OrderStatusChanged.of(anOrder().failedBecause("Out of stock: PEN-0042").build(), OrderStatus.PROCESSING);
    }

    @Test
    void readsTheEventAsThePublisherWroteIt() {
        OrderStatusChanged published = failedOrderEvent();
        assertThat(StatusChangeMessage.read(message(ApiJson.write(published)))).isEqualTo(published);
    }

    @Test
    void readsEveryFieldTheEventSchemaNames() throws IOException {
        Set<String> named = new HashSet<>();
        try (InputStream schema = StatusChangeMessageTest.class.getResourceAsStream("/events/order-status-changed.schema.json")) {
            JsonNode properties = ApiJson.mapper().readTree(schema).path("properties");
            properties.fieldNames().forEachRemaining(named::add);
        }
        assertThat(StatusChangeMessage.FIELDS).isEqualTo(named);
    }

    @Test
    void readsAbsentOptionalFieldsAsNull() {
        var event = StatusChangeMessage.read(message("""
                {"eventType":"OrderStatusChanged","eventId":"o-1:1","orderId":"o-1","status":"PENDING",\
                "total":"1.00","currency":"EUR","occurredAt":"2026-12-01T00:00:00.000Z"}"""));
        assertThat(event.previousStatus()).isNull();
    }

    @Test
    void refusesAFieldTheSchemaDoesNotName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatusChangeMessage.read(message("{\"eventId\":\"o-1:1\",\"orderId\":\"o-1\",\"status\":\"PENDING\",\"email\":\"x\"}")))
                .withMessage("SNS message message-1 is not an OrderStatusChanged event: unknown field email");
    }

    @Test
    void refusesAStatusThatIsNoOrderStatus() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatusChangeMessage.read(message("{\"eventId\":\"o-1:1\",\"orderId\":\"o-1\",\"status\":\"LOST\"}")))
                .withMessageEndingWith("status is no order status");
    }

    @Test
    void refusesAFieldThatIsNotAString() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatusChangeMessage.read(message("{\"eventId\":\"o-1:1\",\"orderId\":\"o-1\",\"total\":1.5}")))
                .withMessageEndingWith("total is not a string");
    }

    @Test
    void refusesARepeatedField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatusChangeMessage.read(message("{\"orderId\":\"o-1\",\"orderId\":\"o-2\"}")))
                .withMessageContaining("JSON syntax");
    }

    @Test
    void malformedMessageIsReportedByPositionNotContent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatusChangeMessage.read(message("{\"orderId\": secret-value}")))
                .withMessageContaining("JSON syntax (line 1")
                .withMessageNotContaining("secret");
    }

    @Test
    void eventWithoutItsIdIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatusChangeMessage.read(message("{\"orderId\":\"o-1\",\"status\":\"PENDING\"}")))
                .withMessageContaining("lacks the eventId");
    }
}
