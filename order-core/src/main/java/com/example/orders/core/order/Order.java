package com.example.orders.core.order;

import com.example.orders.core.money.Currency;
import com.example.orders.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored order. {@code version} counts the changes made to it and guards every update
 * against a concurrent one (optimistic locking). {@code correlationId} is that of the request
 * that created it, so its processing and notifications log under the same id.
 */
public record Order(
        String orderId,
        Customer customer,
        List<OrderLine> lines,
        Money total,
        OrderStatus status,
        String failureReason,
        ShippingAddress shippingAddress,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String correlationId) {

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        lines = List.copyOf(lines);
    }

    /** The order's currency: its total's, and every line's. */
    public Currency currency() {
        return total.currency();
    }

    /** This order after a move to {@code target} at {@code now}; the reason only for FAILED. */
    public Order movedTo(OrderStatus target, String reason, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("An order cannot move from " + status + " to " + target);
        }
        return new Order(orderId, customer, lines, total, target,
                target == OrderStatus.FAILED ? reason : null, shippingAddress, createdAt, now, version + 1, correlationId);
    }
}
