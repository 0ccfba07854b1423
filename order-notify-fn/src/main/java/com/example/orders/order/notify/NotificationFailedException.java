package com.example.orders.order.notify;

import java.util.List;

/**
 * Sending failed on at least one channel; thrown out of the handler so that SNS retries the
 * delivery. It carries the AWS error codes only, never the service's message, which may quote
 * the address or phone number it refused (and Lambda logs what a handler throws).
 */
public final class NotificationFailedException extends RuntimeException {

    private final List<Failure> failures;

    public NotificationFailedException(String orderId, List<Failure> failures) {
        super("Notifying about order " + orderId + " failed: " + failures);
        this.failures = List.copyOf(failures);
    }

    public List<Failure> failures() {
        return failures;
    }

    /** One channel's failure: the AWS error code, or the exception's type when there is none. */
    public record Failure(Channel channel, String errorCode) {
    }
}
