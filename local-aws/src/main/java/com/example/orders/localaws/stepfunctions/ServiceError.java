package com.example.orders.localaws.stepfunctions;

/** A Step Functions API error, answered as HTTP 400 with {@code __type} set to {@link #type()}. */
final class ServiceError extends RuntimeException {

    private final String type;

    ServiceError(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    String type() {
        return type;
    }
}
