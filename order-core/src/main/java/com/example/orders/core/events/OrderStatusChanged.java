package com.example.orders.core.events;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;

/**
 * Published to {@code order-notifications} for every status change stored, by the status-events
 * pipe from the Orders table's stream (its input template renders this shape; {@link #of} is the
 * same event in Java, for tests and tooling). Schema: {@code events/order-status-changed.schema.json}.
 * It carries no contact details (the notifier reads them from the order), so no personal data
 * travels in events. {@code eventId} is unique per change ({@code orderId:version}), which is
 * what consumers de-duplicate on.
 */
public record OrderStatusChanged(
        String eventType,
        String eventId,
        String orderId,
        OrderStatus status,
        OrderStatus previousStatus,
        String reason,
        String total,
        String currency,
        String occurredAt,
        String correlationId) {

    public static final String TYPE = "OrderStatusChanged";

    /** The event for {@code order}, which just moved from {@code previous}. */
    public static OrderStatusChanged of(Order order, OrderStatus previous) {
        return new OrderStatusChanged(TYPE, order.orderId() + ":" + order.version(), order.orderId(), order.status(),
                previous, order.failureReason(), order.total().amount().toPlainString(), order.currency().code(),
                order.updatedAt().toString(), order.correlationId());
    }
}
