package com.example.orders.definitions;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The platform's tables, queues, topic and secret, defined once. The emulators are provisioned from
 * these values, the CloudFormation templates are checked against them and the functions take their
 * key names from them. Values use the spelling DynamoDB, SQS and CloudFormation use
 * ({@code PAY_PER_REQUEST}, {@code NEW_AND_OLD_IMAGES}), so this module needs no SDK.
 */
public final class ResourceDefinitions {

    /** Every table is on-demand: order traffic is spiky and there is no capacity to plan. */
    public static final String BILLING_MODE = "PAY_PER_REQUEST";

    private static final int FOURTEEN_DAYS = (int) Duration.ofDays(14).toSeconds();
    /**
     * A dead letter expires by its first enqueue time: the processing queue keeps messages for
     * less than its dead-letter queue, so every dead letter has days left to be redriven.
     */
    private static final int FOUR_DAYS = (int) Duration.ofDays(4).toSeconds();

    /** Orders of one status, oldest first: GET /orders?status= and the sweep of waiting orders. */
    public static final IndexDefinition ORDERS_BY_STATUS = new IndexDefinition(
            "status-index", KeyAttribute.string("status"), KeyAttribute.string("createdAt"), IndexDefinition.PROJECT_ALL);

    public static final TableDefinition ORDERS = new TableDefinition(
            "orders",
            KeyAttribute.string("orderId"),
            KeyAttribute.string("createdAt"),
            List.of(ORDERS_BY_STATUS),
            // The stream is the outbox: new orders reach the processing queue from it.
            TableDefinition.NEW_AND_OLD_IMAGES,
            null);

    public static final TableDefinition IDEMPOTENCY_KEYS = new TableDefinition(
            "idempotency-keys", KeyAttribute.string("idempotencyKey"), null, List.of(), null, "expiresAt");

    public static final TableDefinition PAYMENTS =
            new TableDefinition("payments", KeyAttribute.string("orderId"), null, List.of(), null, null);

    public static final TableDefinition INVENTORY =
            new TableDefinition("inventory", KeyAttribute.string("sku"), null, List.of(), null, null);

    public static final QueueDefinition DEAD_LETTER_QUEUE =
            new QueueDefinition("order-processing-dlq", 30, FOURTEEN_DAYS, null, 0);

    // The visibility timeout is six times the processor's timeout, as AWS advises for Lambda sources.
    public static final QueueDefinition PROCESSING_QUEUE = new QueueDefinition(
            "order-processing-queue", 180, FOUR_DAYS, DEAD_LETTER_QUEUE.logicalName(), 3);

    /** Stream records the new-orders pipe could not deliver within its retries or age limit. */
    public static final QueueDefinition NEW_ORDERS_PIPE_DEAD_LETTER_QUEUE =
            new QueueDefinition("new-orders-pipe-dlq", 30, FOURTEEN_DAYS, null, 0);

    /** Stream records of status changes the status-events pipe could not publish within its retries or age limit. */
    public static final QueueDefinition STATUS_EVENTS_PIPE_DEAD_LETTER_QUEUE =
            new QueueDefinition("status-events-pipe-dlq", 30, FOURTEEN_DAYS, null, 0);

    /** The notifier's on-failure destination: status events it gave up on, with their payload. */
    public static final QueueDefinition NOTIFY_FAILURE_QUEUE =
            new QueueDefinition("order-notify-failures", 30, FOURTEEN_DAYS, null, 0);

    public static final TopicDefinition NOTIFICATIONS = new TopicDefinition("order-notifications");

    public static final List<TableDefinition> TABLES = List.of(ORDERS, IDEMPOTENCY_KEYS, PAYMENTS, INVENTORY);

    /** In creation order: a dead-letter queue comes before the queues that redrive to it. */
    public static final List<QueueDefinition> QUEUES =
            List.of(DEAD_LETTER_QUEUE, PROCESSING_QUEUE, NEW_ORDERS_PIPE_DEAD_LETTER_QUEUE, STATUS_EVENTS_PIPE_DEAD_LETTER_QUEUE,
                    NOTIFY_FAILURE_QUEUE);

    /** The secret sealing the page cursors of GET /orders; its value is random, made at provisioning. */
    public static final String CURSOR_SECRET = "orders-cursor-secret";

    public static final List<TopicDefinition> TOPICS = List.of(NOTIFICATIONS);

    // Short enough that "<namespace>-order-processing-queue" stays within SQS's 80 characters.
    private static final Pattern NAMESPACE = Pattern.compile("|[a-z0-9][a-z0-9-]{0,31}");

    private ResourceDefinitions() {}

    /**
     * The name a resource gets in a namespace: {@code <namespace>-<logicalName>}, or the logical
     * name itself in the empty namespace.
     */
    public static String physicalName(String namespace, String logicalName) {
        requireValidNamespace(namespace);
        return namespace.isEmpty() ? logicalName : namespace + "-" + logicalName;
    }

    public static String requireValidNamespace(String namespace) {
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException(
                    "A namespace is empty or up to 32 lowercase letters, digits and hyphens, starting with a letter or digit: "
                            + namespace);
        }
        return namespace;
    }
}
