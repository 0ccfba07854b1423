package com.example.orders.benchmarks.throughput;

import com.example.orders.localruntime.invariants.OrderInvariants;
import java.time.Duration;
import java.util.List;

/**
 * What one throughput run measured.
 *
 * @param createNanos each {@code POST /orders} as the client saw it, through the gateway
 * @param submitted how long submitting every order took
 * @param endToEndNanos per order, from its createdAt to the updatedAt of its final status (the platform's clock)
 * @param span from the first order's createdAt to the last final status
 * @param invariants what the invariant checker counted after the run (null until it has)
 */
public record ThroughputResult(int orders, int concurrency, int functionConcurrency, List<Long> createNanos, Duration submitted,
        List<Long> endToEndNanos, int completed, int failed, Duration span, OrderInvariants.Counts invariants) {

    ThroughputResult withInvariants(OrderInvariants.Counts checked) {
        return new ThroughputResult(orders, concurrency, functionConcurrency, createNanos, submitted, endToEndNanos, completed,
                failed, span, checked);
    }

    public double acceptedPerSecond() {
        return orders / seconds(submitted);
    }

    public double finishedPerSecond() {
        return (completed + failed) / seconds(span);
    }

    private static double seconds(Duration duration) {
        return Math.max(duration.toNanos(), 1) / 1e9;
    }
}
