package com.example.orders.core.order;

import java.util.Set;

/** Where an order is in its processing, and which moves between states are legal. */
public enum OrderStatus {
    PENDING,
    PROCESSING,
    COMPLETED,
    FAILED;

    /** The states this one may move to; COMPLETED and FAILED are final. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> Set.of(PROCESSING, FAILED);
            case PROCESSING -> Set.of(COMPLETED, FAILED);
            case COMPLETED, FAILED -> Set.of();
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
