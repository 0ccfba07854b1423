package com.example.orders.localaws.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LocalStateMachineTest {

    private static final String RESERVE = "arn:aws:lambda:eu-west-1:000000000000:function:reserve-stock";

    /** Thrown by tasks; definitions name it by its fully qualified name, as they would in AWS. */
    static final class OutOfStock extends RuntimeException {
        OutOfStock(String message) {
            super(message);
        }
    }

    private static final String OUT_OF_STOCK = OutOfStock.class.getName();

    @Test
    void taskResultIsPlacedAtItsResultPath() {
        String definition = """
                {"StartAt": "Reserve", "States": {
                  "Reserve": {"Type": "Task", "Resource": "%s", "ResultPath": "$.reservation", "End": true}}}
                """.formatted(RESERVE);
        var machine = new LocalStateMachine(definition, (resource, input) -> Map.of("reserved", input.get("quantity")));

        Execution execution = machine.run("{\"quantity\": 3}");

        assertThat(execution).isEqualTo(new Execution("SUCCEEDED", "{\"quantity\":3,\"reservation\":{\"reserved\":3}}", null, null));
    }

    @Test
    void taskIsCalledWithItsResourceArn() {
        var resources = new CopyOnWriteArrayList<String>();
        String definition = """
                {"StartAt": "Reserve", "States": {"Reserve": {"Type": "Task", "Resource": "%s", "End": true}}}
                """.formatted(RESERVE);
        var machine = new LocalStateMachine(definition, (resource, input) -> {
            resources.add(resource);
            return input;
        });

        machine.run("{}");

        assertThat(resources).containsExactly(RESERVE);
    }

    @Test
    void exceptionIsCaughtByItsFullyQualifiedClassName() {
        String definition = """
                {"StartAt": "Reserve", "States": {
                  "Reserve": {"Type": "Task", "Resource": "%s", "Next": "Done",
                    "Catch": [{"ErrorEquals": ["%s"], "ResultPath": "$.failure", "Next": "Rejected"}]},
                  "Rejected": {"Type": "Pass", "End": true},
                  "Done": {"Type": "Succeed"}}}
                """.formatted(RESERVE, OUT_OF_STOCK);
        var machine = new LocalStateMachine(definition, (resource, input) -> {
            throw new OutOfStock("sku-1 has 0 left");
        });

        Execution execution = machine.run("{\"sku\": \"sku-1\"}");

        assertThat(execution.outputJson()).isEqualTo(
                "{\"sku\":\"sku-1\",\"failure\":{\"Error\":\"" + OUT_OF_STOCK + "\",\"Cause\":\"sku-1 has 0 left\"}}");
    }

    @Test
    void uncaughtExceptionFailsTheExecutionWithItsNameAndMessage() {
        String definition = """
                {"StartAt": "Reserve", "States": {"Reserve": {"Type": "Task", "Resource": "%s", "End": true}}}
                """.formatted(RESERVE);
        var machine = new LocalStateMachine(definition, (resource, input) -> {
            throw new OutOfStock("sku-1 has 0 left");
        });

        assertThat(machine.run("{}")).isEqualTo(new Execution("FAILED", null, OUT_OF_STOCK, "sku-1 has 0 left"));
    }

    @Test
    void retryWaitsWithExponentialBackoffUntilTheTaskSucceeds() {
        var attempts = new CopyOnWriteArrayList<Instant>();
        String definition = """
                {"StartAt": "Reserve", "States": {
                  "Reserve": {"Type": "Task", "Resource": "%s", "End": true,
                    "Retry": [{"ErrorEquals": ["%s"], "IntervalSeconds": 1, "BackoffRate": 1.5, "MaxAttempts": 3}]}}}
                """.formatted(RESERVE, OUT_OF_STOCK);
        var machine = new LocalStateMachine(definition, (resource, input) -> {
            attempts.add(Instant.now());
            if (attempts.size() <= 2) {
                throw new OutOfStock("not yet");
            }
            return Map.of("reserved", true);
        });

        Execution execution = machine.run("{}");

        assertThat(execution.status()).isEqualTo("SUCCEEDED");
        assertThat(attempts).hasSize(3);
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        assertThat(Duration.between(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void exhaustedRetriesGoToTheCatch() {
        var attempts = new CopyOnWriteArrayList<Instant>();
        String definition = """
                {"StartAt": "Reserve", "States": {
                  "Reserve": {"Type": "Task", "Resource": "%s", "End": true,
                    "Retry": [{"ErrorEquals": ["%s"], "IntervalSeconds": 1, "BackoffRate": 1.5, "MaxAttempts": 2}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": null, "Next": "GiveUp"}]},
                  "GiveUp": {"Type": "Pass", "Result": "gave up", "End": true}}}
                """.formatted(RESERVE, OUT_OF_STOCK);
        var machine = new LocalStateMachine(definition, (resource, input) -> {
            attempts.add(Instant.now());
            throw new OutOfStock("never");
        }).withRetryInterval(Duration.ofMillis(10));

        Execution execution = machine.run("{}");

        assertThat(List.of(attempts.size(), execution.outputJson())).containsExactly(3, "\"gave up\"");
    }

    @Test
    void choiceFollowsTheFirstMatchingRule() {
        String definition = """
                {"StartAt": "Route", "States": {
                  "Route": {"Type": "Choice", "Default": "Small",
                    "Choices": [{"Variable": "$.total", "NumericGreaterThan": 100, "Next": "Large"}]},
                  "Large": {"Type": "Pass", "Result": "large", "End": true},
                  "Small": {"Type": "Pass", "Result": "small", "End": true}}}
                """;
        var machine = new LocalStateMachine(definition, (resource, input) -> input);

        assertThat(List.of(machine.run("{\"total\": 250}").outputJson(), machine.run("{\"total\": 20}").outputJson()))
                .containsExactly("\"large\"", "\"small\"");
    }

    @Test
    void definitionSubstitutionsNameTheResourceTheTaskReaches() {
        var resources = new CopyOnWriteArrayList<String>();
        String definition = """
                {"StartAt": "Reserve", "States": {"Reserve": {"Type": "Task", "Resource": "${ReserveFunctionArn}", "End": true}}}
                """;
        var machine = new LocalStateMachine(definition,
                new DefinitionSubstitutions(Map.of("ReserveFunctionArn", RESERVE)),
                (resource, input) -> {
                    resources.add(resource);
                    return input;
                });

        machine.run("{}");

        assertThat(resources).containsExactly(RESERVE);
    }

    @Test
    void definitionWithAnUnsubstitutedPlaceholderIsRefused() {
        String definition = """
                {"StartAt": "Reserve", "States": {"Reserve": {"Type": "Task", "Resource": "${ReserveFunctionArn}", "End": true}}}
                """;

        assertThatThrownBy(() -> new LocalStateMachine(definition, (resource, input) -> input))
                .hasMessageContaining("ReserveFunctionArn");
    }

    @Test
    void definitionTheRunnerRejectsIsAnExceptionCarryingItsOutput() {
        var machine = new LocalStateMachine("{\"StartAt\": \"Missing\", \"States\": {}}", (resource, input) -> input);

        assertThatThrownBy(() -> machine.run("{}")).isInstanceOf(IllegalStateException.class).hasMessageContaining("Missing");
    }
}
