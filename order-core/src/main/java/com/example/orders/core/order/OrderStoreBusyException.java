package com.example.orders.core.order;

/**
 * The order store refused a write for now (a conflicting transaction on the same items, or
 * throttling) and kept refusing through the retries made within the request. Nothing was
 * written; the same request may be sent again after a short wait.
 */
public final class OrderStoreBusyException extends RuntimeException {

    /** How long a client should wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 1;

    public OrderStoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
