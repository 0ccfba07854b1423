package com.example.orders.localaws;

import static com.example.orders.definitions.ResourceDefinitions.physicalName;

import com.example.orders.definitions.KeyAttribute;
import com.example.orders.definitions.QueueDefinition;
import com.example.orders.definitions.ResourceDefinitions;
import com.example.orders.definitions.TableDefinition;
import com.example.orders.definitions.TopicDefinition;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;
import software.amazon.awssdk.services.sns.model.Topic;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/** Creates and deletes the resources of {@link ResourceDefinitions} in one namespace. */
final class Provisioner {

    private final LocalAws aws;

    Provisioner(LocalAws aws) {
        this.aws = aws;
    }

    PlatformResources provision(String namespace) {
        ResourceDefinitions.requireValidNamespace(namespace);
        try {
            Map<String, TableDescription> tables = createTables(namespace);
            Map<String, String> queueUrls = createQueues(namespace);
            Map<String, String> topicArns = createTopics(namespace);
            return new PlatformResources(
                    namespace,
                    tables.get(ResourceDefinitions.ORDERS.logicalName()).tableName(),
                    tables.get(ResourceDefinitions.IDEMPOTENCY_KEYS.logicalName()).tableName(),
                    tables.get(ResourceDefinitions.PAYMENTS.logicalName()).tableName(),
                    tables.get(ResourceDefinitions.INVENTORY.logicalName()).tableName(),
                    queueUrls.get(ResourceDefinitions.PROCESSING_QUEUE.logicalName()),
                    queueUrls.get(ResourceDefinitions.DEAD_LETTER_QUEUE.logicalName()),
                    topicArns.get(ResourceDefinitions.NOTIFICATIONS.logicalName()),
                    tables.get(ResourceDefinitions.ORDERS.logicalName()).latestStreamArn(),
                    queueUrls.get(ResourceDefinitions.NEW_ORDERS_PIPE_DEAD_LETTER_QUEUE.logicalName()),
                    queueUrls.get(ResourceDefinitions.STATUS_EVENTS_PIPE_DEAD_LETTER_QUEUE.logicalName()),
                    queueUrls.get(ResourceDefinitions.NOTIFY_FAILURE_QUEUE.logicalName()),
                    createCursorSecret(namespace));
        } catch (RuntimeException failure) {
            // A half-provisioned namespace would make the next attempt reuse broken leftovers.
            try {
                deprovision(namespace);
            } catch (RuntimeException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
    }

    void deprovision(String namespace) {
        ResourceDefinitions.requireValidNamespace(namespace);
        try (DynamoDbWaiter waiter = fastWaiter()) {
            for (TableDefinition table : ResourceDefinitions.TABLES) {
                String name = physicalName(namespace, table.logicalName());
                try {
                    aws.dynamoDb().deleteTable(request -> request.tableName(name));
                    waiter.waitUntilTableNotExists(request -> request.tableName(name));
                } catch (ResourceNotFoundException alreadyGone) {
                    // Deprovisioning is idempotent.
                }
            }
        }
        for (QueueDefinition queue : ResourceDefinitions.QUEUES.reversed()) {
            String name = physicalName(namespace, queue.logicalName());
            try {
                String url = aws.sqs().getQueueUrl(request -> request.queueName(name)).queueUrl();
                aws.sqs().deleteQueue(request -> request.queueUrl(url));
            } catch (QueueDoesNotExistException alreadyGone) {
                // Deprovisioning is idempotent.
            }
        }
        try {
            aws.clients().secretsManager().deleteSecret(request -> request
                    .secretId(physicalName(namespace, ResourceDefinitions.CURSOR_SECRET)).forceDeleteWithoutRecovery(true));
        } catch (software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException alreadyGone) {
            // Deprovisioning is idempotent.
        }
        List<String> topicArns = aws.sns().listTopicsPaginator().topics().stream()
                .map(Topic::topicArn)
                .toList();
        for (TopicDefinition topic : ResourceDefinitions.TOPICS) {
            String suffix = ":" + physicalName(namespace, topic.logicalName());
            topicArns.stream()
                    .filter(arn -> arn.endsWith(suffix))
                    .forEach(arn -> aws.sns().deleteTopic(request -> request.topicArn(arn)));
        }
    }

    private Map<String, TableDescription> createTables(String namespace) {
        for (TableDefinition table : ResourceDefinitions.TABLES) {
            try {
                aws.dynamoDb().createTable(createTableRequest(physicalName(namespace, table.logicalName()), table));
            } catch (ResourceInUseException alreadyThere) {
                // Reused, so a persistent data directory survives a restart of the local runtime.
            }
        }
        Map<String, TableDescription> active = new HashMap<>();
        try (DynamoDbWaiter waiter = fastWaiter()) {
            for (TableDefinition table : ResourceDefinitions.TABLES) {
                String name = physicalName(namespace, table.logicalName());
                TableDescription description = waiter.waitUntilTableExists(request -> request.tableName(name))
                        .matched()
                        .response()
                        .orElseThrow(() -> new IllegalStateException("Table did not become active: " + name))
                        .table();
                active.put(table.logicalName(), description);
            }
        }
        for (TableDefinition table : ResourceDefinitions.TABLES) {
            if (table.ttlAttribute() != null) {
                enableTimeToLive(active.get(table.logicalName()).tableName(), table.ttlAttribute());
            }
        }
        return active;
    }

    private static CreateTableRequest createTableRequest(String name, TableDefinition table) {
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        Stream.concat(
                        Stream.of(table.partitionKey(), table.sortKey()),
                        table.globalIndexes().stream().flatMap(index -> Stream.of(index.partitionKey(), index.sortKey())))
                .filter(Objects::nonNull)
                .forEach(key -> attributes.putIfAbsent(
                        key.name(),
                        AttributeDefinition.builder()
                                .attributeName(key.name())
                                .attributeType(key.type())
                                .build()));
        var request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(ResourceDefinitions.BILLING_MODE)
                .attributeDefinitions(attributes.values())
                .keySchema(keySchema(table.partitionKey(), table.sortKey()));
        if (!table.globalIndexes().isEmpty()) {
            request.globalSecondaryIndexes(table.globalIndexes().stream()
                    .map(index -> GlobalSecondaryIndex.builder()
                            .indexName(index.indexName())
                            .keySchema(keySchema(index.partitionKey(), index.sortKey()))
                            .projection(projection -> projection.projectionType(index.projection()))
                            .build())
                    .toList());
        }
        if (table.stream() != null) {
            request.streamSpecification(stream -> stream.streamEnabled(true).streamViewType(table.stream()));
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(KeyAttribute partitionKey, KeyAttribute sortKey) {
        var schema = new ArrayList<KeySchemaElement>();
        schema.add(KeySchemaElement.builder().attributeName(partitionKey.name()).keyType(KeyType.HASH).build());
        if (sortKey != null) {
            schema.add(KeySchemaElement.builder().attributeName(sortKey.name()).keyType(KeyType.RANGE).build());
        }
        return schema;
    }

    private void enableTimeToLive(String tableName, String attribute) {
        TimeToLiveStatus status = aws.dynamoDb()
                .describeTimeToLive(request -> request.tableName(tableName))
                .timeToLiveDescription()
                .timeToLiveStatus();
        // DynamoDB rejects enabling time to live twice.
        if (status != TimeToLiveStatus.ENABLED && status != TimeToLiveStatus.ENABLING) {
            aws.dynamoDb().updateTimeToLive(request -> request.tableName(tableName)
                    .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName(attribute)));
        }
    }

    private Map<String, String> createQueues(String namespace) {
        Map<String, String> urls = new HashMap<>();
        Map<String, String> arns = new HashMap<>();
        for (QueueDefinition queue : ResourceDefinitions.QUEUES) {
            Map<QueueAttributeName, String> attributes = new HashMap<>();
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(queue.visibilityTimeoutSeconds()));
            attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, Integer.toString(queue.retentionSeconds()));
            if (queue.deadLetterQueue() != null) {
                String deadLetterArn = arns.get(queue.deadLetterQueue());
                if (deadLetterArn == null) {
                    throw new IllegalStateException("Dead-letter queue " + queue.deadLetterQueue()
                            + " must be defined before " + queue.logicalName());
                }
                attributes.put(
                        QueueAttributeName.REDRIVE_POLICY,
                        "{\"deadLetterTargetArn\":\"%s\",\"maxReceiveCount\":%d}"
                                .formatted(deadLetterArn, queue.maxReceiveCount()));
            }
            String url = aws.sqs()
                    .createQueue(request -> request.queueName(physicalName(namespace, queue.logicalName()))
                            .attributes(attributes))
                    .queueUrl();
            String arn = aws.sqs()
                    .getQueueAttributes(request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            urls.put(queue.logicalName(), url);
            arns.put(queue.logicalName(), arn);
        }
        return urls;
    }

    private Map<String, String> createTopics(String namespace) {
        Map<String, String> arns = new HashMap<>();
        for (TopicDefinition topic : ResourceDefinitions.TOPICS) {
            String arn = aws.sns()
                    .createTopic(request -> request.name(physicalName(namespace, topic.logicalName())))
                    .topicArn();
            arns.put(topic.logicalName(), arn);
        }
        return arns;
    }

    /** The cursor secret: a random value, as Secrets Manager generates one for a stage; reused when it exists. */
    private String createCursorSecret(String namespace) {
        String name = physicalName(namespace, ResourceDefinitions.CURSOR_SECRET);
        try {
            return aws.clients().secretsManager().describeSecret(request -> request.secretId(name)).arn();
        } catch (software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException absent) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            return aws.clients().secretsManager().createSecret(request -> request.name(name).secretString(value)).arn();
        }
    }

    /** The SDK's default table waiter polls every 20 s; emulators are ready within milliseconds. */
    private DynamoDbWaiter fastWaiter() {
        return DynamoDbWaiter.builder()
                .client(aws.dynamoDb())
                .overrideConfiguration(waiter -> waiter.backoffStrategyV2(
                                BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100)))
                        .maxAttempts(600))
                .build();
    }
}
