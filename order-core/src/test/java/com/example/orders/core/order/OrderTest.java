package com.example.orders.core.order;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant LATER = Instant.parse("2026-11-24T11:00:00Z");

    @Test
    void movingBumpsTheVersionAndUpdateTime() {
        Order moved = anOrder().build().movedTo(OrderStatus.PROCESSING, null, LATER);
        assertThat(moved).extracting(Order::status, Order::version, Order::updatedAt)
                .containsExactly(OrderStatus.PROCESSING, 2L, LATER);
    }

    @Test
    void failingRecordsTheReason() {
        Order failed = anOrder().build().movedTo(OrderStatus.FAILED, "Payment declined", LATER);
        assertThat(failed.failureReason()).isEqualTo("Payment declined");
    }

    @Test
    void illegalMoveIsRefused() {
        assertThatThrownBy(() -> anOrder().withStatus(OrderStatus.COMPLETED).build()
                .movedTo(OrderStatus.PROCESSING, null, LATER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void loggingAnOrderRevealsNoContactDetails() {
        String logged = anOrder().withCustomer(new Customer("c-1", "ada@example.com", "+447700900123")).build().toString();
        assertThat(logged).doesNotContain("ada@example.com", "+447700900123", "1 Example Street", "SW1A 1AA");
    }
}
