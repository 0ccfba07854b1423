package com.example.orders.localaws;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformResourcesTest {

    @Test
    void environmentNamesEveryResourceAFunctionUses() {
        var resources = new PlatformResources(
                "t1", "t1-orders", "t1-idempotency-keys", "t1-payments", "t1-inventory",
                "http://127.0.0.1:1/000000000000/t1-order-processing-queue",
                "http://127.0.0.1:1/000000000000/t1-order-processing-dlq",
                "arn:aws:sns:us-east-1:000000000000:t1-order-notifications",
                "arn:aws:dynamodb:us-east-1:000000000000:table/t1-orders/stream/1",
                "http://127.0.0.1:1/000000000000/t1-new-orders-pipe-dlq",
                "http://127.0.0.1:1/000000000000/t1-status-events-pipe-dlq",
                "http://127.0.0.1:1/000000000000/t1-order-notify-failures",
                "arn:aws:secretsmanager:us-east-1:000000000000:secret:t1-orders-cursor-secret-AbCdEf");

        assertThat(resources.environment()).containsExactly(
                entry("ORDERS_TABLE", "t1-orders"),
                entry("IDEMPOTENCY_TABLE", "t1-idempotency-keys"),
                entry("PAYMENTS_TABLE", "t1-payments"),
                entry("INVENTORY_TABLE", "t1-inventory"),
                entry("PROCESSING_QUEUE_URL", "http://127.0.0.1:1/000000000000/t1-order-processing-queue"),
                entry("DEAD_LETTER_QUEUE_URL", "http://127.0.0.1:1/000000000000/t1-order-processing-dlq"),
                entry("NOTIFICATIONS_TOPIC_ARN", "arn:aws:sns:us-east-1:000000000000:t1-order-notifications"),
                entry("ORDERS_CURSOR_SECRET_ARN",
                        "arn:aws:secretsmanager:us-east-1:000000000000:secret:t1-orders-cursor-secret-AbCdEf"));
    }
}
