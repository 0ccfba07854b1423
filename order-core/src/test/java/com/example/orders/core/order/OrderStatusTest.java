package com.example.orders.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void pendingMovesToProcessingOrFailed() {
        assertThat(OrderStatus.PENDING.next()).containsExactlyInAnyOrder(OrderStatus.PROCESSING, OrderStatus.FAILED);
    }

    @Test
    void processingMovesToCompletedOrFailed() {
        assertThat(OrderStatus.PROCESSING.next()).containsExactlyInAnyOrder(OrderStatus.COMPLETED, OrderStatus.FAILED);
    }

    @Test
    void completedAndFailedAreFinal() {
        assertThat(OrderStatus.COMPLETED.isFinal()).isTrue();
        assertThat(OrderStatus.FAILED.isFinal()).isTrue();
    }

    @Test
    void pendingCannotSkipToCompleted() {
        assertThat(OrderStatus.PENDING.canMoveTo(OrderStatus.COMPLETED)).isFalse();
    }
}
