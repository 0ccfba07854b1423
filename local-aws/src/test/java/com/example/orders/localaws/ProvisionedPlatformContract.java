package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.definitions.QueueDefinition;
import com.example.orders.definitions.ResourceDefinitions;
import com.example.orders.definitions.TableDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What every backend must do with the resources {@link LocalAws#provision(String)} creates. Each
 * backend's test class supplies a backend and a freshly provisioned namespace per test.
 */
abstract class ProvisionedPlatformContract {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    abstract LocalAws aws();

    abstract PlatformResources resources();

    @Test
    void everyTableHasTheKeySchemaOfItsDefinition() {
        for (TableDefinition definition : ResourceDefinitions.TABLES) {
            TableDescription table = describe(definition);
            var expected = new ArrayList<KeySchemaElement>();
            expected.add(key(definition.partitionKey().name(), KeyType.HASH));
            if (definition.sortKey() != null) {
                expected.add(key(definition.sortKey().name(), KeyType.RANGE));
            }
            assertThat(table.keySchema()).as(definition.logicalName()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyTableBillsPerRequest() {
        for (TableDefinition definition : ResourceDefinitions.TABLES) {
            assertThat(describe(definition).billingModeSummary().billingMode())
                    .as(definition.logicalName())
                    .isEqualTo(BillingMode.PAY_PER_REQUEST);
        }
    }

    @Test
    void ordersTableHasStatusIndexKeyedByStatusAndCreatedAtProjectingAllAttributes() {
        List<GlobalSecondaryIndexDescription> indexes = describe(ResourceDefinitions.ORDERS).globalSecondaryIndexes();

        assertThat(indexes).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("status-index");
            assertThat(index.keySchema()).containsExactly(key("status", KeyType.HASH), key("createdAt", KeyType.RANGE));
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
        });
    }

    @Test
    void ordersTableStreamsNewAndOldImages() {
        TableDescription orders = describe(ResourceDefinitions.ORDERS);

        assertThat(orders.streamSpecification().streamEnabled()).isTrue();
        assertThat(orders.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(orders.latestStreamArn()).isEqualTo(resources().ordersStreamArn());
    }

    @Test
    void newOrderAppearsOnTheOrdersStream() {
        String orderId = UUID.randomUUID().toString();
        putOrder(orderId, "PENDING");

        List<Record> records = Eventually.get("on the stream", PATIENCE, this::ordersStreamRecords,
                seen -> seen.stream().anyMatch(record -> isOrder(record, orderId)));

        assertThat(records).filteredOn(record -> isOrder(record, orderId)).singleElement().satisfies(record -> {
            assertThat(record.eventNameAsString()).isEqualTo(OperationType.INSERT.toString());
            assertThat(record.dynamodb().newImage().get("status").s()).isEqualTo("PENDING");
        });
    }

    @Test
    void updatedOrderAppearsOnTheOrdersStreamWithOldAndNewImages() {
        String orderId = UUID.randomUUID().toString();
        putOrder(orderId, "PENDING");
        putOrder(orderId, "PROCESSING");

        List<Record> records = Eventually.get("modified on the stream", PATIENCE, this::ordersStreamRecords,
                seen -> seen.stream().anyMatch(record -> isOrder(record, orderId)
                        && record.eventNameAsString().equals(OperationType.MODIFY.toString())));

        assertThat(records)
                .filteredOn(record -> isOrder(record, orderId)
                        && record.eventNameAsString().equals(OperationType.MODIFY.toString()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.dynamodb().oldImage().get("status").s()).isEqualTo("PENDING");
                    assertThat(record.dynamodb().newImage().get("status").s()).isEqualTo("PROCESSING");
                });
    }

    @Test
    void idempotencyKeysExpireByTheirExpiresAtAttribute() {
        TimeToLiveDescription ttl = aws().dynamoDb()
                .describeTimeToLive(request -> request.tableName(resources().idempotencyTable()))
                .timeToLiveDescription();

        assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(ttl.attributeName()).isEqualTo("expiresAt");
    }

    @Test
    void queuesHaveTheVisibilityTimeoutOfTheirDefinitions() {
        queueAttributes().forEach((definition, attributes) -> assertThat(attributes)
                .as(definition.logicalName())
                .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT,
                        Integer.toString(definition.visibilityTimeoutSeconds())));
    }

    @Test
    void messageMovesToDeadLetterQueueAfterThreeReceives() {
        String body = "order-" + UUID.randomUUID();
        aws().sqs().sendMessage(request -> request.queueUrl(resources().processingQueueUrl()).messageBody(body));

        int receives = 0;
        // Visibility timeout 0 makes each received message visible again at once, like a failed attempt.
        while (receives <= ResourceDefinitions.PROCESSING_QUEUE.maxReceiveCount()
                && !receive(resources().processingQueueUrl(), 0).isEmpty()) {
            receives++;
        }
        List<Message> deadLetters = Eventually.get("in the dead-letter queue", PATIENCE,
                () -> receive(resources().deadLetterQueueUrl(), 30), messages -> !messages.isEmpty());

        assertThat(receives).isEqualTo(3);
        assertThat(deadLetters).extracting(Message::body).containsExactly(body);
    }

    @Test
    void notificationsTopicExists() {
        Map<String, String> attributes = aws().sns()
                .getTopicAttributes(request -> request.topicArn(resources().notificationsTopicArn()))
                .attributes();

        assertThat(attributes).containsEntry("TopicArn", resources().notificationsTopicArn());
    }

    @Test
    void notificationsTopicAcceptsPublishedMessages() {
        String messageId = aws().sns()
                .publish(request -> request.topicArn(resources().notificationsTopicArn())
                        .message("{\"orderId\":\"o-1\",\"status\":\"COMPLETED\"}")
                        .messageAttributes(Map.of("status", MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue("COMPLETED")
                                .build())))
                .messageId();

        assertThat(messageId).isNotBlank();
    }

    @Test
    void emailFromAVerifiedSenderIsSent() {
        String sender = "orders-" + resources().namespace() + "@example.com";
        aws().ses().verifyEmailIdentity(request -> request.emailAddress(sender));

        String messageId = aws().sesV2()
                .sendEmail(request -> request.fromEmailAddress(sender)
                        .destination(destination -> destination.toAddresses("customer@example.com"))
                        .content(content -> content.simple(message -> message
                                .subject(subject -> subject.data("Order confirmed"))
                                .body(body -> body.text(text -> text.data("Your order is confirmed."))))))
                .messageId();

        assertThat(messageId).isNotBlank();
    }

    @Test
    void functionProcessReachesEveryServiceThroughTheEnvironment(@TempDir Path directory)
            throws IOException, InterruptedException {
        var environment = new HashMap<>(aws().environment());
        environment.putAll(resources().environment());
        Path output = directory.resolve("probe.out");

        Process probe = ChildJvm.start(ChildJvm.of(EnvironmentProbe.class, environment)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile()));

        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        assertThat(Files.readAllLines(output))
                .as("probe output")
                .contains(
                        "DYNAMODB " + resources().ordersTable(),
                        "DYNAMODB_STREAMS " + resources().ordersStreamArn(),
                        "SQS " + resources().processingQueueUrl(),
                        "SNS " + resources().notificationsTopicArn(),
                        "SES reachable",
                        "SESV2 reachable");
    }

    private TableDescription describe(TableDefinition definition) {
        String name = ResourceDefinitions.physicalName(resources().namespace(), definition.logicalName());
        return aws().dynamoDb().describeTable(request -> request.tableName(name)).table();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private void putOrder(String orderId, String status) {
        aws().dynamoDb().putItem(request -> request.tableName(resources().ordersTable()).item(Map.of(
                "orderId", AttributeValue.fromS(orderId),
                "createdAt", AttributeValue.fromS("2026-01-01T00:00:00Z"),
                "status", AttributeValue.fromS(status))));
    }

    private static boolean isOrder(Record record, String orderId) {
        return orderId.equals(record.dynamodb().keys().get("orderId").s());
    }

    private List<Record> ordersStreamRecords() {
        var streams = aws().dynamoDbStreams();
        String streamArn = resources().ordersStreamArn();
        List<Shard> shards = streams.describeStream(request -> request.streamArn(streamArn))
                .streamDescription()
                .shards();
        var records = new ArrayList<Record>();
        for (Shard shard : shards) {
            String iterator = streams.getShardIterator(request -> request.streamArn(streamArn)
                            .shardId(shard.shardId())
                            .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                    .shardIterator();
            while (iterator != null) {
                String current = iterator;
                var page = streams.getRecords(request -> request.shardIterator(current));
                records.addAll(page.records());
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        return records;
    }

    Map<QueueDefinition, Map<QueueAttributeName, String>> queueAttributes() {
        Map<QueueDefinition, String> urls = Map.of(
                ResourceDefinitions.PROCESSING_QUEUE, resources().processingQueueUrl(),
                ResourceDefinitions.DEAD_LETTER_QUEUE, resources().deadLetterQueueUrl());
        var attributes = new HashMap<QueueDefinition, Map<QueueAttributeName, String>>();
        urls.forEach((definition, url) -> attributes.put(definition, aws().sqs()
                .getQueueAttributes(request -> request.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributes()));
        return attributes;
    }

    private List<Message> receive(String queueUrl, int visibilityTimeoutSeconds) {
        return aws().sqs()
                .receiveMessage(request -> request.queueUrl(queueUrl)
                        .visibilityTimeout(visibilityTimeoutSeconds)
                        .waitTimeSeconds(1)
                        .maxNumberOfMessages(1))
                .messages();
    }
}
