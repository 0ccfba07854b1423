package com.example.orders.localruntime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.OrdersTable;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.PlatformResources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local pipe on DynamoDB Local and ElasticMQ, as the messaging stack deploys it: what reaches
 * order-processing-queue for which table writes, where a pipe starts and resumes, and what it
 * does with a record it cannot deliver.
 */
class StreamPipeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FAST_BACKOFF = Duration.ofMillis(5);
    private static EmbeddedLocalAws aws;
    private static PlatformResources resources;
    private static StreamPipe forwarder;

    @TempDir
    Path state;

    @BeforeAll
    static void start() {
        aws = EmbeddedLocalAws.start();
        resources = aws.provision("forwarder");
        forwarder = pipe(route(resources), PipeCheckpoints.inMemory(resources.ordersStreamArn()));
    }

    @AfterAll
    static void stop() {
        forwarder.close();
        aws.close();
    }

    private static StreamPipe pipe(StreamPipe.Route route, PipeCheckpoints checkpoints) {
        return pipe(aws.sqs(), route, checkpoints);
    }

    private static StreamPipe pipe(SqsClient sqs, StreamPipe.Route route, PipeCheckpoints checkpoints) {
        return StreamPipe.start(aws.dynamoDbStreams(), sqs, route, PipeDefinition.newOrders(), checkpoints, FAST_BACKOFF);
    }

    private static StreamPipe.Route route(PlatformResources on) {
        return new StreamPipe.Route("new-orders", on.ordersStreamArn(), PipeTarget.queue(aws.sqs(), on.processingQueueUrl()),
                Optional.of(on.pipeDeadLetterQueueUrl()));
    }

    private static void putPendingOrder(String orderId, String createdAt) {
        putPendingOrder(resources, orderId, createdAt);
    }

    private static void putPendingOrder(PlatformResources on, String orderId, String createdAt) {
        aws.dynamoDb().putItem(request -> request.tableName(on.ordersTable()).item(Map.of(
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
        return messagesUntil(resources.processingQueueUrl(), message -> message.path("orderId").asText().equals(lastOrderId));
    }

    /** What arrives on {@code queueUrl} until a message satisfies {@code last}, each read once and left to expire. */
    private static List<JsonNode> messagesUntil(String queueUrl, Predicate<JsonNode> last) {
        return messagesUntil(queueUrl, messages -> messages.stream().anyMatch(last), "the last message expected");
    }

    private static List<JsonNode> messagesUntil(String queueUrl, Predicate<List<JsonNode>> done, String expected) {
        var received = new ArrayList<JsonNode>();
        Eventually.get(expected + " on " + queueUrl, Duration.ofSeconds(20), () -> {
            aws.sqs().receiveMessage(request -> request.queueUrl(queueUrl).visibilityTimeout(600)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages().forEach(message -> {
                        try {
                            received.add(JSON.readTree(message.body()));
                        } catch (Exception notJson) {
                            throw new AssertionError("Not JSON: " + message.body(), notJson);
                        }
                    });
            return received;
        }, done);
        return received;
    }

    @Test
    void aNewPendingOrderIsQueuedAsAProcessingMessage() throws Exception {
        String orderId = UUID.randomUUID().toString();
        putPendingOrder(orderId, "2026-01-02T03:04:05.678Z");

        List<JsonNode> messages = messagesUntil(orderId);

        assertThat(messages).containsExactly(JSON.readTree("""
                {"orderId":"%s","createdAt":"2026-01-02T03:04:05.678Z","correlationId":"corr-%s"}"""
                .formatted(orderId, orderId)));
    }

    @Test
    void aStatusChangeQueuesNothing() {
        String changed = UUID.randomUUID().toString();
        putPendingOrder(changed, "2026-01-02T03:04:05.678Z");
        changeStatus(changed, "2026-01-02T03:04:05.678Z", "PROCESSING");
        // Records of a shard arrive in order: once the later order's message is here, the change was forwarded or dropped.
        String later = UUID.randomUUID().toString();
        putPendingOrder(later, "2026-01-02T03:04:06.000Z");

        List<JsonNode> messages = messagesUntil(later);

        assertThat(messages).extracting(message -> message.path("orderId").asText()).containsExactly(changed, later);
    }

    /** A pipe created or replaced after orders were written must still send them: it starts at TRIM_HORIZON. */
    @Test
    void aNewPipeSendsOrdersWrittenBeforeItStarted() {
        PlatformResources earlier = aws.provision("forwarder-new-pipe");
        String orderId = UUID.randomUUID().toString();
        putPendingOrder(earlier, orderId, "2026-01-02T03:04:05.678Z");

        try (var late = pipe(route(earlier), PipeCheckpoints.inMemory(earlier.ordersStreamArn()))) {
            List<JsonNode> messages = messagesUntil(earlier.processingQueueUrl(), m -> m.path("orderId").asText().equals(orderId));
            assertThat(messages).extracting(m -> m.path("orderId").asText()).containsExactly(orderId);
        }
    }

    /** As a pipe on AWS keeps its position, a restarted local pipe resumes after the last record it was done with. */
    @Test
    void aRestartedPipeResumesAfterTheLastRecordItWasDoneWith() {
        PlatformResources restarted = aws.provision("forwarder-restart");
        Path checkpointFile = state.resolve("pipes/new-orders.json");
        String before = UUID.randomUUID().toString();
        try (var first = pipe(route(restarted), PipeCheckpoints.inFile(restarted.ordersStreamArn(), checkpointFile))) {
            putPendingOrder(restarted, before, "2026-01-02T03:04:05.678Z");
            messagesUntil(restarted.processingQueueUrl(), m -> m.path("orderId").asText().equals(before));
        }
        String after = UUID.randomUUID().toString();
        putPendingOrder(restarted, after, "2026-01-02T03:04:06.678Z");

        try (var second = pipe(route(restarted), PipeCheckpoints.inFile(restarted.ordersStreamArn(), checkpointFile))) {
            List<JsonNode> messages = messagesUntil(restarted.processingQueueUrl(), m -> m.path("orderId").asText().equals(after));
            assertThat(messages).extracting(m -> m.path("orderId").asText()).containsExactly(after);
        }
    }

    /**
     * A restart a day later: the stream still lists its first shard, closed and trimmed, as the
     * parent of the live one. The pipe moves on to the child instead of waiting for a parent
     * that can never be read to its end.
     */
    @Test
    void aClosedShardWhoseRecordsExpiredGivesWayToItsChildren() {
        PlatformResources dayLater = aws.provision("forwarder-expired");
        String orderId = UUID.randomUUID().toString();
        putPendingOrder(dayLater, orderId, "2026-01-02T03:04:05.678Z");

        try (var pipe = StreamPipe.start(StreamWithAnExpiredShard.over(aws.dynamoDbStreams()), aws.sqs(),
                route(dayLater), PipeDefinition.newOrders(), PipeCheckpoints.inMemory(dayLater.ordersStreamArn()), FAST_BACKOFF)) {
            List<JsonNode> messages = messagesUntil(dayLater.processingQueueUrl(), m -> m.path("orderId").asText().equals(orderId));

            assertThat(messages).extracting(m -> m.path("orderId").asText()).containsExactly(orderId);
        }
    }

    /**
     * A target that refuses a record (here: its queue is gone) is a customer error: the record is
     * retried MaximumRetryAttempts times, then its position goes to the dead-letter queue, and the
     * shard moves on to the next record instead of blocking.
     */
    @Test
    void aRecordTheTargetRefusesGoesToTheDeadLetterQueueAfterTheRetriesAndTheShardMovesOn() {
        PlatformResources broken = aws.provision("forwarder-refused");
        String missingQueue = broken.processingQueueUrl() + "-deleted";
        var route = new StreamPipe.Route("new-orders", broken.ordersStreamArn(), PipeTarget.queue(aws.sqs(), missingQueue),
                Optional.of(broken.pipeDeadLetterQueueUrl()));
        putPendingOrder(broken, UUID.randomUUID().toString(), "2026-01-02T03:04:05.678Z");
        putPendingOrder(broken, UUID.randomUUID().toString(), "2026-01-02T03:04:06.678Z");

        try (var refused = pipe(route, PipeCheckpoints.inMemory(broken.ordersStreamArn()))) {
            List<JsonNode> deadLetters = messagesUntil(broken.pipeDeadLetterQueueUrl(), received -> received.size() >= 2,
                    "both records' positions");

            assertThat(deadLetters).hasSize(2).allSatisfy(deadLetter -> {
                assertThat(deadLetter.path("context").path("condition").asText()).isEqualTo("RetryAttemptsExhausted");
                assertThat(deadLetter.path("context").path("approximateInvokeCount").asInt())
                        .isEqualTo(PipeDefinition.newOrders().maximumRetryAttempts() + 1);
                assertThat(deadLetter.path("DDBStreamBatchInfo").path("streamArn").asText()).isEqualTo(broken.ordersStreamArn());
                assertThat(deadLetter.path("DDBStreamBatchInfo").path("batchSize").asInt()).isEqualTo(1);
            });
        }
    }

    /** A connection failure is the pipe's own (an internal error): retried without limit, never dead-lettered. */
    @Test
    void aTargetThatCannotBeReachedIsRetriedWithoutLimit() throws Exception {
        PlatformResources unreachable = aws.provision("forwarder-unreachable");
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        putPendingOrder(unreachable, UUID.randomUUID().toString(), "2026-01-02T03:04:05.678Z");

        try (SqsClient nowhere = SqsClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + closedPort))
                .region(aws.region()).credentialsProvider(aws.credentials())
                .httpClient(UrlConnectionHttpClient.create()).build();
                var stuck = pipe(nowhere, new StreamPipe.Route("new-orders", unreachable.ordersStreamArn(),
                        PipeTarget.queue(nowhere, unreachable.processingQueueUrl()), Optional.of(unreachable.pipeDeadLetterQueueUrl())),
                        PipeCheckpoints.inMemory(unreachable.ordersStreamArn()))) {
            // Well past the ten retries a refused record gets, at this backoff.
            Thread.sleep(3_000);
        }

        assertThat(aws.sqs().receiveMessage(request -> request.queueUrl(unreachable.pipeDeadLetterQueueUrl())
                .waitTimeSeconds(1)).messages()).isEmpty();
    }
}
