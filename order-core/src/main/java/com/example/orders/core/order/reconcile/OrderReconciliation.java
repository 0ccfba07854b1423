package com.example.orders.core.order.reconcile;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds accepted orders that stopped moving and sets them going again. An order is PENDING or
 * PROCESSING only on its way through the queue, the processor and the workflow; one that stays
 * so for longer than the policy allows lost its message somewhere (a pipe replaced, a dead letter
 * expired, a give-up that could not complete, a local forwarder that fell behind). It is queued
 * again with the message the stream would have queued; the processor is idempotent, so a queued
 * twin is harmless. Orders unchanged past the alarm age are counted, for an alarm: queuing has not
 * moved them, and someone should look.
 */
public final class OrderReconciliation {

    private static final List<OrderStatus> MOVING = List.of(OrderStatus.PENDING, OrderStatus.PROCESSING);

    private final StalledOrders stalled;
    private final ProcessingQueue queue;
    private final ReconciliationPolicy policy;
    private final Clock clock;

    public OrderReconciliation(StalledOrders stalled, ProcessingQueue queue, ReconciliationPolicy policy, Clock clock) {
        this.stalled = stalled;
        this.queue = queue;
        this.policy = policy;
        this.clock = clock;
    }

    public ReconciliationReport reconcile() {
        Instant now = clock.instant();
        Instant requeueCutoff = now.minus(policy.requeueAfter());
        Instant alarmCutoff = now.minus(policy.alarmAfter());
        List<String> requeued = new ArrayList<>();
        int stuck = 0;
        for (OrderStatus status : MOVING) {
            for (Order order : stalled.stalledSince(status, requeueCutoff, policy.maxPerRun())) {
                queue.enqueue(order);
                requeued.add(order.orderId());
                if (order.updatedAt().isBefore(alarmCutoff)) {
                    stuck++;
                }
            }
        }
        return new ReconciliationReport(requeued, stuck);
    }
}
