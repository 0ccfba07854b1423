package com.example.orders.definitions;

import java.util.Objects;

/** An SNS topic as the platform defines it. */
public record TopicDefinition(String logicalName) {

    public TopicDefinition {
        Objects.requireNonNull(logicalName, "logicalName");
    }
}
