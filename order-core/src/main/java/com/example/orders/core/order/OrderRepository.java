package com.example.orders.core.order;

import java.util.Optional;

/**
 * Where orders are kept: what the use cases need of a store. Every change of status is
 * conditional on the status the caller read, so two deliveries of one message cannot both move
 * an order.
 */
public interface OrderRepository {

    /** Stores a new order. @throws OrderAlreadyExistsException rather than overwrite a stored one */
    void create(Order order);

    /** The order with this id, as last written. */
    Optional<Order> findById(String orderId);

    /** Moves the order from {@code from} to {@code to} (not FAILED), only if it is still in {@code from}. */
    Transition transition(String orderId, OrderStatus from, OrderStatus to);

    /**
     * Moves an order the caller has just read or moved to {@code to} (not FAILED), only if nobody
     * changed it since (the same status and version): one write, without reading it again.
     */
    Transition transition(Order read, OrderStatus to);

    /** Moves the order from {@code from} to FAILED, recording why. */
    Transition markFailed(String orderId, OrderStatus from, String reason);
}
