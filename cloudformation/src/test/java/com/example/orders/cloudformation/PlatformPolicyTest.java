package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The platform's operating rules, held across every template: what runs is traced and keeps its
 * logs seven days, what stores or carries data is encrypted, every queue has a dead-letter queue
 * that outlives it, and every alarm reaches someone.
 */
class PlatformPolicyTest {

    static final int LOG_RETENTION_DAYS = 7;
    private static final int WEEK = 7 * 24 * 3600;
    private static final int SQS_DEFAULT_RETENTION = 4 * 24 * 3600;

    static List<String> templates() {
        return Templates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyFunctionHasActiveTracing(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::Lambda::Function"))
                .allSatisfy(function -> assertThat(function.path("Properties").path("TracingConfig").path("Mode").asText())
                        .as(function.path("Properties").path("FunctionName").toString())
                        .isEqualTo("Active"));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyFunctionLogsToALogGroupOfItsOwnKeptSevenDays(String name) {
        JsonNode template = Templates.load(name);
        assertThat(Templates.resourcesOfType(template, "AWS::Lambda::Function")).allSatisfy(function -> {
            String logGroup = function.path("Properties").path("LoggingConfig").path("LogGroup").path("Ref").asText();
            JsonNode group = template.path("Resources").path(logGroup);
            assertThat(group.path("Type").asText()).as("the log group of " + function.path("Properties").path("FunctionName"))
                    .isEqualTo("AWS::Logs::LogGroup");
            assertThat(group.path("Properties").path("RetentionInDays").asInt()).isEqualTo(LOG_RETENTION_DAYS);
        });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyFunctionRoleWritesOnlyToItsFunctionsLogGroup(String name) {
        JsonNode template = Templates.load(name);
        assertThat(Templates.resourcesOfType(template, "AWS::Lambda::Function")).allSatisfy(function -> {
            String role = function.path("Properties").path("Role").path("Fn::GetAtt").path(0).asText();
            String logGroup = function.path("Properties").path("LoggingConfig").path("LogGroup").path("Ref").asText();
            List<JsonNode> logWrites = IamPolicyTest.statementsOfRole(template.path("Resources").path(role)).stream()
                    .filter(statement -> Templates.values(statement.path("Action")).contains("logs:PutLogEvents"))
                    .toList();
            assertThat(logWrites).as(role).hasSize(1);
            assertThat(logWrites.getFirst().path("Resource").path("Fn::GetAtt").path(0).asText()).isEqualTo(logGroup);
        });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyLogGroupKeepsItsLogsSevenDays(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::Logs::LogGroup"))
                .allSatisfy(group -> assertThat(group.path("Properties").path("RetentionInDays").asInt())
                        .as(group.path("Properties").path("LogGroupName").toString())
                        .isEqualTo(LOG_RETENTION_DAYS));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyStateMachineIsTracedAndLogsToAGroupKeptSevenDays(String name) {
        JsonNode template = Templates.load(name);
        assertThat(Templates.resourcesOfType(template, "AWS::StepFunctions::StateMachine")).allSatisfy(machine -> {
            JsonNode properties = machine.path("Properties");
            assertThat(properties.path("TracingConfiguration").path("Enabled").asBoolean()).isTrue();
            JsonNode logging = properties.path("LoggingConfiguration");
            assertThat(logging.path("Level").asText()).isNotIn("", "OFF");
            String group = logging.path("Destinations").path(0).path("CloudWatchLogsLogGroup").path("LogGroupArn")
                    .path("Fn::GetAtt").path(0).asText();
            assertThat(template.path("Resources").path(group).path("Properties").path("RetentionInDays").asInt())
                    .isEqualTo(LOG_RETENTION_DAYS);
        });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyStateMachineKeepsExecutionDataOutOfItsLogs(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::StepFunctions::StateMachine"))
                .allSatisfy(machine -> assertThat(machine.path("Properties").path("LoggingConfiguration")
                                .path("IncludeExecutionData").asBoolean(true))
                        .isFalse());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTableIsEncryptedWithKms(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::DynamoDB::Table"))
                .allSatisfy(table -> {
                    JsonNode sse = table.path("Properties").path("SSESpecification");
                    assertThat(sse.path("SSEEnabled").asBoolean()).isTrue();
                    assertThat(sse.path("SSEType").asText()).isEqualTo("KMS");
                });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyQueueIsEncryptedWithAKmsKey(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::SQS::Queue"))
                .allSatisfy(queue -> assertThat(queue.path("Properties").path("KmsMasterKeyId").isMissingNode())
                        .as(queue.path("Properties").path("QueueName").toString())
                        .isFalse());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTopicIsEncryptedWithAKmsKey(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::SNS::Topic"))
                .allSatisfy(topic -> assertThat(topic.path("Properties").path("KmsMasterKeyId").isMissingNode())
                        .as(topic.path("Properties").path("TopicName").toString())
                        .isFalse());
    }

    /** lambda:GetFunctionConfiguration shows a function's environment: no secret's value may be resolved into it. */
    @ParameterizedTest
    @MethodSource("templates")
    void noFunctionsEnvironmentHoldsASecret(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::Lambda::Function"))
                .allSatisfy(function -> assertThat(function.path("Properties").path("Environment").toString())
                        .doesNotContain("{{resolve:secretsmanager", "{{resolve:ssm-secure"));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyKmsKeyRotates(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::KMS::Key"))
                .allSatisfy(key -> assertThat(key.path("Properties").path("EnableKeyRotation").asBoolean()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyQueueButADeadLetterStoreRedrivesToOne(String name) {
        JsonNode template = Templates.load(name);
        Set<String> stores = DeadLetterStores.of(template).keySet();
        template.path("Resources").properties().stream()
                .filter(resource -> resource.getValue().path("Type").asText().equals("AWS::SQS::Queue"))
                .filter(resource -> !stores.contains(resource.getKey()))
                .map(Map.Entry::getValue)
                .forEach(queue -> assertThat(queue.path("Properties").path("RedrivePolicy").path("maxReceiveCount").asInt())
                        .as(queue.path("Properties").path("QueueName") + " has no dead-letter queue")
                        .isPositive());
    }

    /**
     * A message keeps its first enqueue time when it becomes a dead letter and expires by it, so
     * a dead-letter queue must keep messages longer than its source: a week longer, so that a
     * dead letter is still there when its age alarm has fired and someone looks.
     */
    @ParameterizedTest
    @MethodSource("templates")
    void deadLettersOutliveTheirSourceQueueByAWeek(String name) {
        JsonNode resources = Templates.load(name).path("Resources");
        DeadLetterStores.of(Templates.load(name)).forEach((store, source) -> {
            int kept = resources.path(store).path("Properties").path("MessageRetentionPeriod").asInt(SQS_DEFAULT_RETENTION);
            int sourceKept = source == null ? 0
                    : resources.path(source).path("Properties").path("MessageRetentionPeriod").asInt(SQS_DEFAULT_RETENTION);
            assertThat(kept - sourceKept).as("%s keeps dead letters from %s", store, source).isGreaterThanOrEqualTo(WEEK);
        });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyAlarmNotifiesWhenItFiresAndWhenItRecovers(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::CloudWatch::Alarm"))
                .allSatisfy(alarm -> {
                    JsonNode properties = alarm.path("Properties");
                    assertThat(properties.path("AlarmActions").size()).as(properties.path("AlarmName").toString()).isPositive();
                    assertThat(properties.path("OKActions").size()).as(properties.path("AlarmName").toString()).isPositive();
                });
    }
}
