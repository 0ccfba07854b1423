package com.example.orders.core.order.reconcile;

import java.util.List;

/**
 * What one run found.
 *
 * @param requeued the orders queued again, by id
 * @param stuck how many of them were unchanged for longer than the policy's alarm age
 */
public record ReconciliationReport(List<String> requeued, int stuck) {

    public ReconciliationReport {
        requeued = List.copyOf(requeued);
    }
}
