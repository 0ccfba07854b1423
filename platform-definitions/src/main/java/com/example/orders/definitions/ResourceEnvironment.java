package com.example.orders.definitions;

/**
 * The environment variables through which a function finds the platform's resources. The
 * functions read them, the functions stack sets them and the local platform sets them from what it
 * provisioned; tests hold both to these names.
 */
public final class ResourceEnvironment {

    public static final String ORDERS_TABLE = "ORDERS_TABLE";
    public static final String IDEMPOTENCY_TABLE = "IDEMPOTENCY_TABLE";
    public static final String PAYMENTS_TABLE = "PAYMENTS_TABLE";
    public static final String INVENTORY_TABLE = "INVENTORY_TABLE";
    public static final String PROCESSING_QUEUE_URL = "PROCESSING_QUEUE_URL";
    public static final String DEAD_LETTER_QUEUE_URL = "DEAD_LETTER_QUEUE_URL";
    public static final String NOTIFICATIONS_TOPIC_ARN = "NOTIFICATIONS_TOPIC_ARN";
    /** The secret sealing page cursors: its ARN, never its value (no secrets in the environment). */
    public static final String CURSOR_SECRET_ARN = "ORDERS_CURSOR_SECRET_ARN";
    public static final String WORKFLOW_STATE_MACHINE_ARN = "WORKFLOW_STATE_MACHINE_ARN";

    private ResourceEnvironment() {
    }
}
