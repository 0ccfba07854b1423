package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.definitions.QueueDefinition;
import com.example.orders.definitions.ResourceDefinitions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messaging stack's queues and topic are those of {@link ResourceDefinitions}, encrypted, and
 * its pipe filters and shapes messages exactly as the local runtime does.
 */
class MessagingTemplateTest {

    private static final String QUEUE = "AWS::SQS::Queue";
    private static final String TOPIC = "AWS::SNS::Topic";
    private static final String PIPE = "AWS::Pipes::Pipe";
    private static final String PIPE_FILES = "platform-definitions/src/main/resources/pipe/";

    private final JsonNode template = Templates.load("messaging.yaml");

    private JsonNode queue(QueueDefinition definition) {
        return Templates.stageNamed(template, QUEUE, "QueueName", definition.logicalName());
    }

    private JsonNode pipe() {
        return Templates.stageNamed(template, PIPE, "Name", "new-orders");
    }

    static List<QueueDefinition> queues() {
        return ResourceDefinitions.QUEUES;
    }

    @ParameterizedTest
    @MethodSource("queues")
    void queueVisibilityTimeoutMatchesDefinition(QueueDefinition definition) {
        assertThat(queue(definition).path("VisibilityTimeout").asInt()).isEqualTo(definition.visibilityTimeoutSeconds());
    }

    @ParameterizedTest
    @MethodSource("queues")
    void queueRetentionMatchesDefinition(QueueDefinition definition) {
        assertThat(queue(definition).path("MessageRetentionPeriod").asInt()).isEqualTo(definition.retentionSeconds());
    }

    @Test
    void processingQueueRedrivesToTheDeadLetterQueueAfterTheDefinedReceives() {
        JsonNode redrive = queue(ResourceDefinitions.PROCESSING_QUEUE).path("RedrivePolicy");
        String deadLetterQueueResource = logicalIdOf(queue(ResourceDefinitions.DEAD_LETTER_QUEUE));
        assertThat(redrive.path("deadLetterTargetArn").path("Fn::GetAtt").path(0).asText())
                .isEqualTo(deadLetterQueueResource);
        assertThat(redrive.path("maxReceiveCount").asInt())
                .isEqualTo(ResourceDefinitions.PROCESSING_QUEUE.maxReceiveCount());
    }

    @Test
    void templateDefinesExactlyTheDefinedQueues() {
        assertThat(Templates.resourcesOfType(template, QUEUE)).hasSameSizeAs(ResourceDefinitions.QUEUES);
    }

    @Test
    void maxReceiveCountOutputIsTheRedrivePolicys() {
        assertThat(template.path("Outputs").path("ProcessingQueueMaxReceiveCount").path("Value").asInt())
                .isEqualTo(queue(ResourceDefinitions.PROCESSING_QUEUE).path("RedrivePolicy").path("maxReceiveCount").asInt());
    }

    /** The build fills both in from platform-definitions (Metadata.Assembly), whose files the local runtime applies too; these check it did. */
    @Test
    void pipeFilterPatternEqualsTheLocalRuntimeFilter() throws Exception {
        var json = new ObjectMapper();
        JsonNode filters = pipe().path("SourceParameters").path("FilterCriteria").path("Filters");
        assertThat(filters.size()).isEqualTo(1);
        assertThat(json.readTree(filters.path(0).path("Pattern").asText()))
                .isEqualTo(json.readTree(Templates.readRepoFile(PIPE_FILES + "new-order-filter.json")));
    }

    @Test
    void pipeInputTemplateEqualsTheLocalRuntimeTemplate() {
        assertThat(pipe().path("TargetParameters").path("InputTemplate").asText())
                .isEqualTo(Templates.readRepoFile(PIPE_FILES + "processing-message-template.json"));
    }

    /** From LATEST, a pipe created or replaced after orders were written would never send them. */
    @Test
    void pipeReadsTheOrdersStreamFromItsOldestRecord() {
        assertThat(pipe().path("Source").path("Ref").asText()).isEqualTo("OrdersStreamArn");
        assertThat(streamParameters().path("StartingPosition").asText()).isEqualTo("TRIM_HORIZON");
    }

    /** Without limits a failing record blocks its shard until the stream drops it, 24 hours later. */
    @Test
    void pipeGivesUpOnARecordAfterBoundedRetriesAndAge() {
        assertThat(streamParameters().path("MaximumRetryAttempts").asInt()).isBetween(0, 185);
        assertThat(streamParameters().path("MaximumRecordAgeInSeconds").asInt()).isBetween(60, 6 * 3600);
    }

    @Test
    void pipeSendsWhatItGivesUpOnToItsDeadLetterQueue() {
        assertThat(streamParameters().path("DeadLetterConfig").path("Arn").path("Fn::GetAtt").path(0).asText())
                .isEqualTo(logicalIdOf(queue(ResourceDefinitions.NEW_ORDERS_PIPE_DEAD_LETTER_QUEUE)));
    }

    private JsonNode streamParameters() {
        return pipe().path("SourceParameters").path("DynamoDBStreamParameters");
    }

    @Test
    void pipeTargetsTheProcessingQueue() {
        assertThat(pipe().path("Target").path("Fn::GetAtt").path(0).asText())
                .isEqualTo(logicalIdOf(queue(ResourceDefinitions.PROCESSING_QUEUE)));
    }

    private String logicalIdOf(JsonNode properties) {
        return template.path("Resources").properties().stream()
                .filter(resource -> resource.getValue().path("Properties") == properties)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
