package com.example.orders.localaws;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/** A global secondary index. {@code sortKey} is null for a partition-key-only index. */
public record IndexDefinition(
        String indexName, KeyAttribute partitionKey, KeyAttribute sortKey, ProjectionType projection) {

    public IndexDefinition {
        Objects.requireNonNull(indexName, "indexName");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(projection, "projection");
    }
}
