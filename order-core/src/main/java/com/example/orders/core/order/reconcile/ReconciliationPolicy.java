package com.example.orders.core.order.reconcile;

import java.time.Duration;
import java.util.Objects;

/**
 * When an order counts as stalled, and when as alarming.
 *
 * @param requeueAfter an order PENDING or PROCESSING unchanged for longer is queued again; longer
 *     than the queue's whole retry cycle, so an order still on its way is rarely queued twice
 * @param alarmAfter an order unchanged for longer is counted as stuck, which alarms: the requeues
 *     have not moved it
 * @param maxPerRun how many orders of each status one run queues at most, so a run stays short;
 *     the next run takes the rest
 */
public record ReconciliationPolicy(Duration requeueAfter, Duration alarmAfter, int maxPerRun) {

    public static final Duration DEFAULT_REQUEUE_AFTER = Duration.ofMinutes(15);
    public static final Duration DEFAULT_ALARM_AFTER = Duration.ofHours(1);
    public static final int DEFAULT_MAX_PER_RUN = 500;

    public ReconciliationPolicy {
        Objects.requireNonNull(requeueAfter, "requeueAfter");
        Objects.requireNonNull(alarmAfter, "alarmAfter");
        if (requeueAfter.isNegative() || requeueAfter.isZero()) {
            throw new IllegalArgumentException("requeueAfter must be positive, got " + requeueAfter);
        }
        if (alarmAfter.compareTo(requeueAfter) <= 0) {
            throw new IllegalArgumentException("alarmAfter (" + alarmAfter + ") must be longer than requeueAfter ("
                    + requeueAfter + ")");
        }
        if (maxPerRun < 1) {
            throw new IllegalArgumentException("maxPerRun must be at least 1, got " + maxPerRun);
        }
    }

    public static ReconciliationPolicy defaults() {
        return new ReconciliationPolicy(DEFAULT_REQUEUE_AFTER, DEFAULT_ALARM_AFTER, DEFAULT_MAX_PER_RUN);
    }
}
