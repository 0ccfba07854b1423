package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform's cfn-lint rules (lint-rules/platform_rules.py): the assembled templates pass
 * every one, and each one fails when one of them is broken the way the rule guards against.
 */
class CustomLintRulesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RULES = List.of("E9101", "E9102", "E9103", "E9104", "E9105", "E9106");

    @TempDir
    Path directory;

    /** Writes every assembled template, {@code name} changed by {@code breaking}, and lints {@code linted}. */
    private List<String> lint(String name, Consumer<ObjectNode> breaking, String linted) throws Exception {
        for (String template : Templates.NAMES) {
            ObjectNode copy = Templates.load(template).deepCopy();
            if (template.equals(name)) {
                breaking.accept(copy);
            }
            // JSON is YAML: the root stack's TemplateURLs keep naming these files.
            Files.writeString(directory.resolve(template), JSON.writeValueAsString(copy));
        }
        Process lint = new ProcessBuilder("cfn-lint", "--append-rules", Templates.repoRoot().resolve("cloudformation/lint-rules").toString(),
                "--format", "parseable", "--", directory.resolve(linted).toString())
                .redirectErrorStream(true).start();
        lint.getOutputStream().close();
        List<String> findings = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> RULES.stream().anyMatch(rule -> line.contains(":" + rule + ":")))
                .toList();
        assertThat(lint.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return findings;
    }

    private List<String> lint(String name, Consumer<ObjectNode> breaking) throws Exception {
        return lint(name, breaking, name);
    }

    private static ObjectNode resource(ObjectNode template, String logicalId) {
        return (ObjectNode) template.path("Resources").path(logicalId);
    }

    private static ObjectNode properties(ObjectNode template, String logicalId) {
        return (ObjectNode) resource(template, logicalId).path("Properties");
    }

    @Test
    void theAssembledTemplatesPassEveryPlatformRule() throws Exception {
        for (String template : Templates.NAMES) {
            assertThat(lint(template, unchanged -> {})).as(template).isEmpty();
        }
    }

    @Test
    void anAsynchronouslyInvokedFunctionWithoutAnOnFailureDestinationFailsE9101() throws Exception {
        assertThat(lint("functions.yaml", functions -> ((ObjectNode) functions.path("Resources")).remove("NotifyCustomerInvokeConfig")))
                .anyMatch(finding -> finding.contains(":E9101:") && finding.contains("NotifyCustomerFunction"));
    }

    @Test
    void anInvokeConfigWithoutADestinationFailsE9101() throws Exception {
        assertThat(lint("functions.yaml", functions -> properties(functions, "NotifyCustomerInvokeConfig").remove("DestinationConfig")))
                .anyMatch(finding -> finding.contains(":E9101:") && finding.contains("no on-failure destination"));
    }

    @Test
    void aStreamPipeWithoutADeadLetterTargetFailsE9102() throws Exception {
        assertThat(lint("messaging.yaml", messaging -> ((ObjectNode) properties(messaging, "NewOrdersPipe")
                .path("SourceParameters").path("DynamoDBStreamParameters")).remove("DeadLetterConfig")))
                .anyMatch(finding -> finding.contains(":E9102:") && finding.contains("DeadLetterConfig"));
    }

    @Test
    void aStreamPipeRetryingWithoutLimitFailsE9102() throws Exception {
        assertThat(lint("messaging.yaml", messaging -> ((ObjectNode) properties(messaging, "NewOrdersPipe")
                .path("SourceParameters").path("DynamoDBStreamParameters")).put("MaximumRetryAttempts", -1)))
                .anyMatch(finding -> finding.contains(":E9102:") && finding.contains("MaximumRetryAttempts"));
    }

    @Test
    void aQueueWithoutADeadLetterQueueFailsE9102() throws Exception {
        assertThat(lint("messaging.yaml", messaging -> properties(messaging, "ProcessingQueue").remove("RedrivePolicy")))
                .anyMatch(finding -> finding.contains(":E9102:") && finding.contains("ProcessingQueue"));
    }

    @Test
    void aLogGroupWithoutRetentionFailsE9103() throws Exception {
        assertThat(lint("functions.yaml", functions -> properties(functions, "NotifyCustomerLogGroup").remove("RetentionInDays")))
                .anyMatch(finding -> finding.contains(":E9103:") && finding.contains("NotifyCustomerLogGroup"));
    }

    @Test
    void aStageWhoseExecutionLogGroupIsNotDeclaredFailsE9103() throws Exception {
        assertThat(lint("api.yaml", api -> {
            ((ObjectNode) api.path("Resources")).remove("ExecutionLogGroup");
            ArrayNode dependsOn = (ArrayNode) resource(api, "Stage").path("DependsOn");
            for (int i = dependsOn.size() - 1; i >= 0; i--) {
                if (dependsOn.get(i).asText().equals("ExecutionLogGroup")) {
                    dependsOn.remove(i);
                }
            }
        })).anyMatch(finding -> finding.contains(":E9103:") && finding.contains("API-Gateway-Execution-Logs"));
    }

    @Test
    void aDeadLetterStoreNoStackAlarmsOnForAgeFailsE9104() throws Exception {
        assertThat(lint("observability.yaml", observability -> ((ObjectNode) observability.path("Resources"))
                .remove("NotifyFailureQueueAgeAlarm"), "root.yaml"))
                .anyMatch(finding -> finding.contains(":E9104:") && finding.contains("NotifyFailureQueue"));
    }

    @Test
    void aRestApiMergedRatherThanOverwrittenFailsE9105() throws Exception {
        assertThat(lint("api.yaml", api -> properties(api, "RestApi").remove("Mode")))
                .anyMatch(finding -> finding.contains(":E9105:"));
    }

    @Test
    void aQueueFedFunctionWithReservedConcurrencyFailsE9106() throws Exception {
        assertThat(lint("functions.yaml", functions -> properties(functions, "ProcessOrdersFunction").put("ReservedConcurrentExecutions", 5)))
                .anyMatch(finding -> finding.contains(":E9106:") && finding.contains("ProcessOrdersFunction"));
    }

    @Test
    void everyRuleIsDescribedInTheRulesFile() throws IOException {
        String rules = Files.readString(Templates.repoRoot().resolve("cloudformation/lint-rules/platform_rules.py"));
        RULES.forEach(rule -> assertThat(rules).contains("id = \"" + rule + "\"").contains(rule + "  "));
    }
}
