package com.example.orders.core.adapter.dynamodb;

/**
 * The Orders table as the code sees it. The table itself is defined once in local-aws's
 * {@code ResourceDefinitions} (and the CloudFormation data stack); a test checks that these
 * names agree with that definition.
 */
public final class OrdersTable {

    public static final String ORDER_ID = "orderId";
    public static final String CREATED_AT = "createdAt";
    public static final String STATUS = "status";
    public static final String UPDATED_AT = "updatedAt";
    public static final String VERSION = "version";
    public static final String FAILURE_REASON = "failureReason";
    /** Carried from the creating request through the stream to processing and notifications. */
    public static final String CORRELATION_ID = "correlationId";
    public static final String STATUS_INDEX = "status-index";

    private OrdersTable() {
    }
}
