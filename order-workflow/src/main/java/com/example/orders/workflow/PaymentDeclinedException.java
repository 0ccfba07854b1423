package com.example.orders.workflow;

/**
 * The payment was declined; the workflow marks the order FAILED. Step Functions matches it by its
 * fully-qualified name, which is the errorType Lambda's Java runtime reports.
 */
public class PaymentDeclinedException extends RuntimeException {

    public PaymentDeclinedException(String message) {
        super(message);
    }
}
