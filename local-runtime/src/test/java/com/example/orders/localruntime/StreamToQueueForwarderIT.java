package com.example.orders.localruntime;

import com.example.orders.localaws.Eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.store.OrdersTable;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.PlatformResources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The local pipe on DynamoDB Local and ElasticMQ: what reaches order-processing-queue for which table writes. */
class StreamToQueueForwarderIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedLocalAws aws;
    private static PlatformResources resources;
    private static StreamToQueueForwarder forwarder;

    @BeforeAll
    static void start() {
        aws = EmbeddedLocalAws.start();
        resources = aws.provision("forwarder");
        forwarder = StreamToQueueForwarder.start(aws.dynamoDbStreams(), resources.ordersStreamArn(), aws.sqs(),
                resources.processingQueueUrl(), PipeDefinition.newOrders());
    }

    @AfterAll
    static void stop() {
        forwarder.close();
        aws.close();
    }

    private static void putPendingOrder(String orderId, String createdAt) {
        aws.dynamoDb().putItem(request -> request.tableName(resources.ordersTable()).item(Map.of(
                OrdersTable.ORDER_ID, AttributeValue.fromS(orderId),
                OrdersTable.CREATED_AT, AttributeValue.fromS(createdAt),
                OrdersTable.STATUS, AttributeValue.fromS("PENDING"),
                OrdersTable.CORRELATION_ID, AttributeValue.fromS("corr-" + orderId))));
    }

    private static void changeStatus(String orderId, String createdAt, String status) {
        aws.dynamoDb().updateItem(request -> request.tableName(resources.ordersTable())
                .key(Map.of(OrdersTable.ORDER_ID, AttributeValue.fromS(orderId),
                        OrdersTable.CREATED_AT, AttributeValue.fromS(createdAt)))
                .updateExpression("SET #status = :status")
                .expressionAttributeNames(Map.of("#status", OrdersTable.STATUS))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status))));
    }

    private static List<JsonNode> messagesUntil(String lastOrderId) {
        var received = new ArrayList<JsonNode>();
        Eventually.get("the message for " + lastOrderId, Duration.ofSeconds(20), () -> {
            aws.sqs().receiveMessage(request -> request.queueUrl(resources.processingQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages().forEach(message -> {
                        try {
                            received.add(JSON.readTree(message.body()));
                        } catch (Exception notJson) {
                            throw new AssertionError("Not JSON: " + message.body(), notJson);
                        }
                    });
            return received;
        }, messages -> messages.stream().anyMatch(message -> message.path("orderId").asText().equals(lastOrderId)));
        return received;
    }

    @Test
    void a_new_pending_order_is_queued_as_a_processing_message() throws Exception {
        String orderId = UUID.randomUUID().toString();
        putPendingOrder(orderId, "2026-01-02T03:04:05.678Z");

        List<JsonNode> messages = messagesUntil(orderId);

        assertThat(messages).containsExactly(JSON.readTree("""
                {"orderId":"%s","createdAt":"2026-01-02T03:04:05.678Z","correlationId":"corr-%s"}"""
                .formatted(orderId, orderId)));
    }

    @Test
    void a_status_change_queues_nothing() {
        String changed = UUID.randomUUID().toString();
        putPendingOrder(changed, "2026-01-02T03:04:05.678Z");
        changeStatus(changed, "2026-01-02T03:04:05.678Z", "PROCESSING");
        // Records of a shard arrive in order: once the later order's message is here, the change was forwarded or dropped.
        String later = UUID.randomUUID().toString();
        putPendingOrder(later, "2026-01-02T03:04:06.000Z");

        List<JsonNode> messages = messagesUntil(later);

        assertThat(messages).extracting(message -> message.path("orderId").asText()).containsExactly(changed, later);
    }
}
