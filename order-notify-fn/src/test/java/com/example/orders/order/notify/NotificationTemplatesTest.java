package com.example.orders.order.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.order.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationTemplatesTest {

    private static final String ORDER_ID = "0b8e2a8c-3f5d-4c1e-9a47-6f2d1c0e9b11";

    private static OrderStatusChanged change(OrderStatus status, String reason) {
        return new OrderStatusChanged(OrderStatusChanged.TYPE, ORDER_ID + ":2", ORDER_ID, status, OrderStatus.PROCESSING,
                reason, "64.99", "EUR", "2026-11-24T10:15:30.123Z", "corr-1");
    }

    @ParameterizedTest
    @CsvSource({
            "PENDING, We received your order",
            "PROCESSING, Your order is being processed",
            "COMPLETED, Your order is confirmed",
            "FAILED, Your order could not be completed"})
    void subjectSaysWhatHappened(OrderStatus status, String subject) {
        assertThat(NotificationTemplates.forChange(change(status, null)).subject()).isEqualTo(subject);
    }

    @Test
    void emailNamesTheOrderAndItsTotal() {
        assertThat(NotificationTemplates.forChange(change(OrderStatus.COMPLETED, null)).emailText())
                .contains("Order: " + ORDER_ID)
                .contains("Total: 64.99 EUR");
    }

    @Test
    void smsNamesTheOrderAndItsTotal() {
        assertThat(NotificationTemplates.forChange(change(OrderStatus.COMPLETED, null)).smsText())
                .isEqualTo("Your order is confirmed. Order " + ORDER_ID + ", total 64.99 EUR.");
    }

    @Test
    void failedOrderEmailGivesTheReason() {
        assertThat(NotificationTemplates.forChange(change(OrderStatus.FAILED, "Payment declined")).emailText())
                .startsWith("Your order could not be completed: Payment declined.");
    }

    @Test
    void failedOrderSmsGivesTheReason() {
        assertThat(NotificationTemplates.forChange(change(OrderStatus.FAILED, "Payment declined")).smsText())
                .startsWith("Your order could not be completed: Payment declined.");
    }

    @Test
    void failedOrderWithoutReasonSaysOnlyThatItFailed() {
        assertThat(NotificationTemplates.forChange(change(OrderStatus.FAILED, null)).emailText())
                .startsWith("Your order could not be completed.");
    }
}
