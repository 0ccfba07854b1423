package com.example.orders.core.adapter.stepfunctions;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import org.junit.jupiter.api.Test;

class StepFunctionsWorkflowStarterTest {

    @Test
    void executionInputCarriesTheOrdersCorrelationId() {
        var order = anOrder().withCorrelationId("req-123").build();

        assertThat(input(StepFunctionsWorkflowStarter.executionInput(order)).correlationId()).isEqualTo("req-123");
    }

    /** The state machine passes $.correlationId to every task; an execution without it would fail. */
    @Test
    void executionInputFallsBackToTheOrderIdWhenTheOrderHasNoCorrelationId() {
        var order = anOrder().withCorrelationId(null).build();

        assertThat(input(StepFunctionsWorkflowStarter.executionInput(order)).correlationId()).isEqualTo(order.orderId());
    }

    private static ProcessingMessage input(String json) {
        return ApiJson.read(json, ProcessingMessage.class);
    }
}
