package com.example.orders.workflow;

/**
 * A task failed in a way a retry may fix; the state machine retries it with backoff and jitter. Step Functions matches it by its
 * fully-qualified name, which is the errorType Lambda's Java runtime reports.
 */
public class TransientTaskException extends RuntimeException {

    public TransientTaskException(String message) {
        super(message);
    }
}
