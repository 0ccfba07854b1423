package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.example.orders.core.events.EventAttributes;
import com.example.orders.localaws.ResourceDefinitions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
                "com.example.orders.workflow.OrderWorkflowTasks");
    }

    /** A setting the code requires and the template lacks would fail every cold start. */
    @ParameterizedTest
    @MethodSource("deployedFunctions")
    void handlerStartsWithTheEnvironmentItsTemplateGivesIt(DeployedFunction function) {
        Map<String, String> environment = new HashMap<>(LambdaRuntime.ENVIRONMENT);
        function.environment().forEach((name, value) ->
                environment.put(name, SampleParameters.resolve(value, function.declaringTemplate())));
        assertThatCode(() -> Class.forName(function.handlerClass()).getConstructor(Map.class).newInstance(environment))
                .as(function.toString())
                .doesNotThrowAnyException();
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
     * publishes a version the alias then serves. Resource names and ARNs are fixed for a stage.
     */
    @ParameterizedTest
    @MethodSource("deployedFunctions")
    void versionChangesWithEveryStageSettingTheFunctionReads(DeployedFunction function) {
        JsonNode version = function.declaringTemplate().path("Resources")
                .path(function.resourcesReferringToIt("AWS::Lambda::Version", "FunctionName").getFirst()).path("Properties");
        String description = version.path("Description").path("Fn::Sub").asText(version.path("Description").asText());
        function.environment().values().stream()
                .map(value -> value.path("Ref").asText())
                .filter(parameter -> !parameter.isEmpty() && !parameter.endsWith("Name") && !parameter.endsWith("Arn"))
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
        assertThat(subscription.path("FilterPolicyScope").asText()).isEqualTo("MessageAttributes");
        assertThat(subscription.path("FilterPolicy")).isEqualTo(new ObjectMapper().readTree(
                Templates.readRepoFile("local-runtime/src/main/resources/subscription/notifier-filter-policy.json")));
        assertThat(Templates.names(subscription.path("FilterPolicy"))).isSubsetOf(EventAttributes.EVENT_TYPE, EventAttributes.STATUS);
    }

    @Test
    void onlyTheNotificationsTopicMayInvokeTheNotifier() {
        JsonNode permission = Templates.resourcesOfType(functions, "AWS::Lambda::Permission")
                .filter(p -> p.path("Properties").path("Principal").asText().equals("sns.amazonaws.com"))
                .findFirst().orElseThrow().path("Properties");
        assertThat(permission.path("FunctionName").path("Ref").asText()).isEqualTo("NotifyCustomerAlias");
        assertThat(permission.path("SourceArn").path("Ref").asText()).isEqualTo("NotificationsTopicArn");
    }
}
