package com.example.orders.definitions;

import java.util.Objects;

/** A global secondary index. {@code sortKey} is null for a partition-key-only index. */
public record IndexDefinition(
        String indexName, KeyAttribute partitionKey, KeyAttribute sortKey, String projection) {

    /** Every attribute of the item is in the index. */
    public static final String PROJECT_ALL = "ALL";

    public IndexDefinition {
        Objects.requireNonNull(indexName, "indexName");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(projection, "projection");
    }
}
