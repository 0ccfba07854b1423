package com.example.orders.core.order.reconcile;

import com.example.orders.core.order.Order;

/**
 * The processing queue, as the reconciler needs it: put an order on it again, with the very
 * message the table's stream would have queued. The processor is idempotent, so an order queued
 * twice is still processed once.
 */
public interface ProcessingQueue {

    void enqueue(Order order);
}
