package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.order.reconcile.ReconciliationPolicy;
import com.example.orders.definitions.ResourceDefinitions;
import com.example.orders.order.process.ProcessingSettings;
import com.example.orders.order.reconcile.ReconcileSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The functions as the templates deploy them agree with their code: each handler starts with the
 * environment its template gives it, each is invoked through a SnapStart version that changes with
 * what it runs, and the event sources are configured as the code expects.
 */
class FunctionsTemplateTest {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

    private final JsonNode functions = Templates.load("functions.yaml");

    static List<DeployedFunction> deployedFunctions() {
        return DeployedFunction.all();
    }

    @Test
    void everyHandlerIsDeployed() {
        assertThat(deployedFunctions()).extracting(DeployedFunction::handlerClass).containsExactlyInAnyOrder(
                "com.example.orders.order.create.CreateOrderHandler",
                "com.example.orders.order.query.QueryOrdersHandler",
                "com.example.orders.order.process.ProcessOrdersHandler",
                "com.example.orders.order.notify.NotifyCustomerHandler",
                "com.example.orders.order.reconcile.ReconcileOrdersHandler",
                "com.example.orders.workflow.OrderWorkflowTasks");
    }

    @ParameterizedTest
    @MethodSource("deployedFunctions")
    void functionRunsSnapStartedVersionsThroughTheAliasLive(DeployedFunction function) {
        assertThat(function.properties().path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        List<String> aliases = function.resourcesReferringToIt("AWS::Lambda::Alias", "FunctionName");
        assertThat(aliases).hasSize(1);
        JsonNode alias = function.declaringTemplate().path("Resources").path(aliases.getFirst()).path("Properties");
        assertThat(alias.path("Name").asText()).isEqualTo("live");
        assertThat(alias.path("FunctionVersion").path("Fn::GetAtt").path(0).asText())
                .isEqualTo(function.resourcesReferringToIt("AWS::Lambda::Version", "FunctionName").getFirst());
    }

    /**
     * A stage setting the function reads must be in its version's Description, so that changing it
     * publishes a version the alias then serves. Resource names, ARNs and URLs are fixed for a stage.
     */
    @ParameterizedTest
    @MethodSource("deployedFunctions")
    void versionChangesWithEveryStageSettingTheFunctionReads(DeployedFunction function) {
        JsonNode version = function.declaringTemplate().path("Resources")
                .path(function.resourcesReferringToIt("AWS::Lambda::Version", "FunctionName").getFirst()).path("Properties");
        String description = version.path("Description").path("Fn::Sub").asText(version.path("Description").asText());
        function.environment().values().stream()
                .map(value -> value.path("Ref").asText())
                .filter(parameter -> function.declaringTemplate().path("Parameters").has(parameter))
                .filter(parameter -> !parameter.endsWith("Name") && !parameter.endsWith("Arn") && !parameter.endsWith("Url"))
                .forEach(parameter -> assertThat(description).as(function.toString()).contains("${" + parameter + "}"));
    }

    @Test
    void versionDescriptionsFitLambdasLimitAtTheLongestSettings() {
        Templates.resourcesOfType(functions, "AWS::Lambda::Version").forEach(version -> {
            String description = version.path("Properties").path("Description").path("Fn::Sub").asText();
            Matcher parameter = SUBSTITUTION.matcher(description);
            int longest = parameter.replaceAll("").length();
            parameter.reset();
            while (parameter.find()) {
                longest += SampleParameters.maxLength(functions.path("Parameters").path(parameter.group(1)));
            }
            assertThat(longest).as(description).isLessThanOrEqualTo(256);
        });
    }

    @Test
    void queueFeedsTheProcessorInBatchesOfTenReportingPartialFailures() {
        JsonNode mapping = Templates.resourcesOfType(functions, "AWS::Lambda::EventSourceMapping")
                .findFirst().orElseThrow().path("Properties");
        assertThat(mapping.path("EventSourceArn").path("Ref").asText()).isEqualTo("ProcessingQueueArn");
        assertThat(mapping.path("FunctionName").path("Ref").asText()).isEqualTo("ProcessOrdersAlias");
        assertThat(mapping.path("BatchSize").asInt()).isEqualTo(10);
        assertThat(mapping.path("FunctionResponseTypes").toString()).isEqualTo("[\"ReportBatchItemFailures\"]");
    }

    /**
     * Reserved concurrency would throttle the queue's receives, and a throttled receive counts
     * towards maxReceiveCount: orders never attempted would end FAILED. The mapping's cap polls no
     * more than the processor can take (docs/decisions/0003).
     */
    @Test
    void processorIsCappedByItsEventSourceMappingNotByReservedConcurrency() {
        JsonNode processor = functions.path("Resources").path("ProcessOrdersFunction").path("Properties");
        assertThat(processor.has("ReservedConcurrentExecutions")).isFalse();
        JsonNode mapping = Templates.resourcesOfType(functions, "AWS::Lambda::EventSourceMapping")
                .findFirst().orElseThrow().path("Properties");
        assertThat(mapping.path("ScalingConfig").path("Fn::If").path(1).path("MaximumConcurrency").path("Ref").asText())
                .isEqualTo("ProcessorMaximumConcurrency");
    }

    /** SNS invokes the notifier asynchronously: what Lambda gives up on must land somewhere it can be redriven from. */
    @Test
    void notifierSendsWhatItGivesUpOnToItsFailureQueueAfterBoundedRetries() {
        JsonNode config = Templates.resourcesOfType(functions, "AWS::Lambda::EventInvokeConfig")
                .filter(c -> c.path("Properties").path("FunctionName").path("Ref").asText().equals("NotifyCustomerFunction"))
                .findFirst().orElseThrow().path("Properties");
        assertThat(config.path("Qualifier").asText()).isEqualTo("live");
        assertThat(config.path("MaximumRetryAttempts").asInt(-1)).isBetween(0, 2);
        assertThat(config.path("MaximumEventAgeInSeconds").asInt()).isBetween(60, 6 * 3600);
        assertThat(config.path("DestinationConfig").path("OnFailure").path("Destination").path("Ref").asText())
                .isEqualTo("NotifyFailureQueueArn");
    }

    /** Lambda sends to a destination with the function's own role. */
    @Test
    void notifiersRoleMaySendToItsFailureQueue() {
        JsonNode role = functions.path("Resources").path("NotifyCustomerRole");
        assertThat(IamPolicyTest.statementsOfRole(role))
                .anySatisfy(statement -> {
                    assertThat(Templates.values(statement.path("Action"))).contains("sqs:SendMessage");
                    assertThat(statement.path("Resource").path("Ref").asText()).isEqualTo("NotifyFailureQueueArn");
                });
    }

    /** AWS: a queue's visibility timeout at least six times its function's timeout, or batches reappear mid-run. */
    @Test
    void processorTimeoutIsASixthOfTheQueuesVisibilityTimeoutAtMost() {
        int timeout = functions.path("Resources").path("ProcessOrdersFunction").path("Properties").path("Timeout").asInt();
        assertThat(timeout * 6).isLessThanOrEqualTo(ResourceDefinitions.PROCESSING_QUEUE.visibilityTimeoutSeconds());
    }

    @Test
    void notifierSubscriptionFiltersAsTheLocalRuntimeDoes() throws Exception {
        JsonNode subscription = Templates.resourcesOfType(functions, "AWS::SNS::Subscription")
                .findFirst().orElseThrow().path("Properties");
        assertThat(subscription.path("Endpoint").path("Ref").asText()).isEqualTo("NotifyCustomerAlias");
        assertThat(subscription.path("FilterPolicyScope").asText()).isEqualTo("MessageBody");
        assertThat(subscription.path("FilterPolicy")).isEqualTo(new ObjectMapper().readTree(
                Templates.readRepoFile("platform-definitions/src/main/resources/subscription/notifier-filter-policy.json")));
        // The pipe publishes the event itself: the policy may only name the event's own fields.
        assertThat(Templates.names(subscription.path("FilterPolicy"))).isSubsetOf(
                Arrays.stream(OrderStatusChanged.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    /** The processor has its own default; a stack that deploys it with another would make two truths. */
    @ParameterizedTest
    @ValueSource(strings = {"root.yaml", "functions.yaml"})
    void workflowThresholdDefaultsToTheProcessorsDefault(String template) {
        assertThat(Templates.load(template).path("Parameters").path("WorkflowThreshold").path("Default").asText())
                .isEqualTo(ProcessingSettings.DEFAULT_WORKFLOW_THRESHOLD);
    }

    @Test
    void processorReadsTheWorkflowThresholdParameter() {
        JsonNode variables = functions.path("Resources").path("ProcessOrdersFunction").path("Properties")
                .path("Environment").path("Variables");
        assertThat(variables.path(ProcessingSettings.WORKFLOW_THRESHOLD).path("Ref").asText()).isEqualTo("WorkflowThreshold");
    }

    @Test
    void onlyTheNotificationsTopicMayInvokeTheNotifier() {
        JsonNode permission = Templates.resourcesOfType(functions, "AWS::Lambda::Permission")
                .filter(p -> p.path("Properties").path("Principal").asText().equals("sns.amazonaws.com"))
                .findFirst().orElseThrow().path("Properties");
        assertThat(permission.path("FunctionName").path("Ref").asText()).isEqualTo("NotifyCustomerAlias");
        assertThat(permission.path("SourceArn").path("Ref").asText()).isEqualTo("NotificationsTopicArn");
    }

    @Test
    void theReconcilersAgesDefaultToThePolicysDefaults() {
        JsonNode parameters = functions.path("Parameters");
        assertThat(List.of(parameters.path("ReconcileRequeueAfterSeconds").path("Default").asLong(),
                parameters.path("ReconcileAlarmAfterSeconds").path("Default").asLong()))
                .containsExactly(ReconciliationPolicy.DEFAULT_REQUEUE_AFTER.toSeconds(),
                        ReconciliationPolicy.DEFAULT_ALARM_AFTER.toSeconds());
    }

    @Test
    void theReconcilerReadsItsAgesFromTheParameters() {
        JsonNode variables = functions.path("Resources").path("ReconcileOrdersFunction").path("Properties")
                .path("Environment").path("Variables");
        assertThat(List.of(variables.path(ReconcileSettings.REQUEUE_AFTER_SECONDS).path("Ref").asText(),
                variables.path(ReconcileSettings.ALARM_AFTER_SECONDS).path("Ref").asText()))
                .containsExactly("ReconcileRequeueAfterSeconds", "ReconcileAlarmAfterSeconds");
    }

    @Test
    void aScheduleRunsTheReconcilerThroughItsAlias() {
        JsonNode schedule = Templates.resourcesOfType(functions, "AWS::Scheduler::Schedule").findFirst().orElseThrow()
                .path("Properties");
        assertThat(schedule.path("Target").path("Arn").path("Ref").asText()).isEqualTo("ReconcileOrdersAlias");
        assertThat(schedule.path("ScheduleExpression").asText()).startsWith("rate(");
    }
}
