package com.example.orders.definitions;

import java.util.List;
import java.util.Objects;

/**
 * A DynamoDB table as the platform defines it. {@code sortKey}, {@code stream} and
 * {@code ttlAttribute} are null when the table has no sort key, no stream or no time to live.
 */
public record TableDefinition(
        String logicalName,
        KeyAttribute partitionKey,
        KeyAttribute sortKey,
        List<IndexDefinition> globalIndexes,
        String stream,
        String ttlAttribute) {

    /** A stream whose records carry the item before and after each change. */
    public static final String NEW_AND_OLD_IMAGES = "NEW_AND_OLD_IMAGES";

    public TableDefinition {
        Objects.requireNonNull(logicalName, "logicalName");
        Objects.requireNonNull(partitionKey, "partitionKey");
        globalIndexes = List.copyOf(globalIndexes);
    }
}
