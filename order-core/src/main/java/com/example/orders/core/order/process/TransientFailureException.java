package com.example.orders.core.order.process;

/**
 * A failure worth retrying (a provider timeout, a throttled table): the message is left on the
 * queue to come back, unlike a business failure, which ends the order FAILED at once.
 */
public class TransientFailureException extends RuntimeException {

    public TransientFailureException(String message) {
        super(message);
    }

    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
