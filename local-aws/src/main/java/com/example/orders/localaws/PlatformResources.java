package com.example.orders.localaws;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The physical names, URLs and ARNs of one provisioned namespace. */
public record PlatformResources(
        String namespace,
        String ordersTable,
        String idempotencyTable,
        String paymentsTable,
        String inventoryTable,
        String processingQueueUrl,
        String deadLetterQueueUrl,
        String notificationsTopicArn,
        String ordersStreamArn,
        String pipeDeadLetterQueueUrl,
        String notifyFailureQueueUrl,
        String cursorSecretArn) {

    public static final String ENV_ORDERS_TABLE = "ORDERS_TABLE";
    public static final String ENV_IDEMPOTENCY_TABLE = "IDEMPOTENCY_TABLE";
    public static final String ENV_PAYMENTS_TABLE = "PAYMENTS_TABLE";
    public static final String ENV_INVENTORY_TABLE = "INVENTORY_TABLE";
    public static final String ENV_PROCESSING_QUEUE_URL = "PROCESSING_QUEUE_URL";
    public static final String ENV_DEAD_LETTER_QUEUE_URL = "DEAD_LETTER_QUEUE_URL";
    public static final String ENV_NOTIFICATIONS_TOPIC_ARN = "NOTIFICATIONS_TOPIC_ARN";
    public static final String ENV_CURSOR_SECRET_ARN = "ORDERS_CURSOR_SECRET_ARN";

    /** What a function needs to find these resources, under the names the functions read. */
    public Map<String, String> environment() {
        var environment = new LinkedHashMap<String, String>();
        environment.put(ENV_ORDERS_TABLE, ordersTable);
        environment.put(ENV_IDEMPOTENCY_TABLE, idempotencyTable);
        environment.put(ENV_PAYMENTS_TABLE, paymentsTable);
        environment.put(ENV_INVENTORY_TABLE, inventoryTable);
        environment.put(ENV_PROCESSING_QUEUE_URL, processingQueueUrl);
        environment.put(ENV_DEAD_LETTER_QUEUE_URL, deadLetterQueueUrl);
        environment.put(ENV_NOTIFICATIONS_TOPIC_ARN, notificationsTopicArn);
        environment.put(ENV_CURSOR_SECRET_ARN, cursorSecretArn);
        return Collections.unmodifiableMap(environment);
    }
}
