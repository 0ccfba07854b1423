package com.example.orders.workflow;

/**
 * An item is out of stock; the workflow refunds the payment, then marks the order FAILED. Step Functions matches it by its
 * fully-qualified name, which is the errorType Lambda's Java runtime reports.
 */
public class OutOfStockException extends RuntimeException {

    public OutOfStockException(String message) {
        super(message);
    }
}
