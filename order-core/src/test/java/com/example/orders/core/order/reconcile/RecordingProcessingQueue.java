package com.example.orders.core.order.reconcile;

import com.example.orders.core.order.Order;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the ids of the orders queued, in order, for unit tests. */
public final class RecordingProcessingQueue implements ProcessingQueue {

    private final List<String> queued = new CopyOnWriteArrayList<>();

    @Override
    public void enqueue(Order order) {
        queued.add(order.orderId());
    }

    public List<String> queued() {
        return queued;
    }
}
