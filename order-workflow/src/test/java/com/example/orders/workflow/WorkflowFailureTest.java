package com.example.orders.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowFailureTest {

    @Test
    void lambdaErrorMessageStepAndErrorMakeTheReason() {
        var failure = WorkflowFailure.from(Map.of("failedStep", "ProcessPayment", "failure", Map.of(
                "Error", "com.example.orders.workflow.PaymentDeclinedException",
                "Cause", "{\"errorMessage\":\"Payment declined\",\"errorType\":\"com.example.orders.workflow.PaymentDeclinedException\"}")));
        assertThat(failure.reason()).isEqualTo(
                "Payment declined (step ProcessPayment, error com.example.orders.workflow.PaymentDeclinedException)");
    }

    @Test
    void plainTextCauseIsTheMessage() {
        var failure = WorkflowFailure.from(Map.of("failedStep", "UpdateInventory",
                "failure", Map.of("Error", "States.Timeout", "Cause", "Task timed out")));
        assertThat(failure.reason()).startsWith("Task timed out");
    }

    @Test
    void reasonFitsTheContractsLimit() {
        var failure = WorkflowFailure.from(Map.of("failedStep", "X", "failure", Map.of("Error", "E", "Cause", "c".repeat(2000))));
        assertThat(failure.reason()).hasSizeLessThanOrEqualTo(500);
    }
}
