package com.example.orders.core.order.process;

/** What processing one message did. */
public enum ProcessingOutcome {
    COMPLETED,
    DECLINED,
    OUT_OF_STOCK,
    HANDED_TO_WORKFLOW,
    /** The order was already final: a duplicate or late delivery, nothing was done again. */
    ALREADY_FINAL,
    /** Retries are used up: the order is FAILED (payment refunded if taken). */
    GAVE_UP,
    NOT_FOUND
}
