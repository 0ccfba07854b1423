package com.example.orders.core.adapter.dynamodb;

import com.example.orders.definitions.IndexDefinition;
import com.example.orders.definitions.ResourceDefinitions;

/**
 * The Orders table as the code sees it. Its keys and index come from its one definition in
 * platform-definitions, which the data stack is checked against; the other attributes are the
 * code's own.
 */
public final class OrdersTable {

    private static final IndexDefinition BY_STATUS = ResourceDefinitions.ORDERS_BY_STATUS;

    public static final String ORDER_ID = ResourceDefinitions.ORDERS.partitionKey().name();
    public static final String CREATED_AT = ResourceDefinitions.ORDERS.sortKey().name();
    public static final String STATUS = BY_STATUS.partitionKey().name();
    public static final String UPDATED_AT = "updatedAt";
    public static final String VERSION = "version";
    public static final String FAILURE_REASON = "failureReason";
    /** Carried from the creating request through the stream to processing and notifications. */
    public static final String CORRELATION_ID = "correlationId";
    public static final String STATUS_INDEX = BY_STATUS.indexName();

    private OrdersTable() {
    }
}
