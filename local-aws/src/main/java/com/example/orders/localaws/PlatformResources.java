package com.example.orders.localaws;

import com.example.orders.definitions.ResourceEnvironment;
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
        String statusEventsPipeDeadLetterQueueUrl,
        String notifyFailureQueueUrl,
        String cursorSecretArn) {

    /** What a function needs to find these resources, under the names the functions read. */
    public Map<String, String> environment() {
        var environment = new LinkedHashMap<String, String>();
        environment.put(ResourceEnvironment.ORDERS_TABLE, ordersTable);
        environment.put(ResourceEnvironment.IDEMPOTENCY_TABLE, idempotencyTable);
        environment.put(ResourceEnvironment.PAYMENTS_TABLE, paymentsTable);
        environment.put(ResourceEnvironment.INVENTORY_TABLE, inventoryTable);
        environment.put(ResourceEnvironment.PROCESSING_QUEUE_URL, processingQueueUrl);
        environment.put(ResourceEnvironment.DEAD_LETTER_QUEUE_URL, deadLetterQueueUrl);
        environment.put(ResourceEnvironment.NOTIFICATIONS_TOPIC_ARN, notificationsTopicArn);
        environment.put(ResourceEnvironment.CURSOR_SECRET_ARN, cursorSecretArn);
        return Collections.unmodifiableMap(environment);
    }
}
