package com.example.orders.workflow;

/**
 * The order is missing or not PROCESSING, so this execution must change nothing. Step Functions matches it by its
 * fully-qualified name, which is the errorType Lambda's Java runtime reports.
 */
public class OrderNotProcessableException extends RuntimeException {

    public OrderNotProcessableException(String message) {
        super(message);
    }
}
