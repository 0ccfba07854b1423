package com.example.orders.localaws;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * A DynamoDB table as the platform defines it. {@code sortKey}, {@code stream} and
 * {@code ttlAttribute} are null when the table has no sort key, no stream or no time to live.
 */
public record TableDefinition(
        String logicalName,
        KeyAttribute partitionKey,
        KeyAttribute sortKey,
        List<IndexDefinition> globalIndexes,
        StreamViewType stream,
        String ttlAttribute) {

    public TableDefinition {
        Objects.requireNonNull(logicalName, "logicalName");
        Objects.requireNonNull(partitionKey, "partitionKey");
        globalIndexes = List.copyOf(globalIndexes);
    }
}
