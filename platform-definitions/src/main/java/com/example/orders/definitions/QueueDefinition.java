package com.example.orders.definitions;

import java.util.Objects;

/**
 * An SQS queue as the platform defines it. {@code deadLetterQueue} is the logical name of the
 * queue that receives messages after {@code maxReceiveCount} receives, or null (and
 * {@code maxReceiveCount} 0) for a queue without redrive, such as a dead-letter queue itself.
 */
public record QueueDefinition(
        String logicalName,
        int visibilityTimeoutSeconds,
        int retentionSeconds,
        String deadLetterQueue,
        int maxReceiveCount) {

    public QueueDefinition {
        Objects.requireNonNull(logicalName, "logicalName");
        if ((deadLetterQueue == null) != (maxReceiveCount == 0)) {
            throw new IllegalArgumentException(
                    "A queue has both a dead-letter queue and a positive maxReceiveCount, or neither: " + logicalName);
        }
        if (maxReceiveCount < 0) {
            throw new IllegalArgumentException("maxReceiveCount must not be negative: " + logicalName);
        }
    }
}
