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

    /**
     * Checks a move a store is asked to make: one of the legal moves, and to FAILED only with a
     * reason (and with a reason only to FAILED).
     *
     * @throws IllegalArgumentException naming the move that is not allowed
     */
    public void requireMoveTo(OrderStatus target, String reason) {
        if (!canMoveTo(target)) {
            throw new IllegalArgumentException("An order cannot move from " + this + " to " + target);
        }
        if ((target == FAILED) != (reason != null)) {
            throw new IllegalArgumentException(target == FAILED
                    ? "An order fails with a reason: use markFailed" : "Only a failed order has a reason");
        }
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
