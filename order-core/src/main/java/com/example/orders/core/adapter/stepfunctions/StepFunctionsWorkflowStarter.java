package com.example.orders.core.adapter.stepfunctions;

import com.example.orders.core.adapter.dynamodb.StoredTimestamp;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.process.WorkflowStarter;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * Starts the order workflow with the order id as the execution name: Step Functions refuses a
 * second execution of the same name, so a redelivered message cannot start the order twice.
 */
public final class StepFunctionsWorkflowStarter implements WorkflowStarter {

    private final SfnClient sfn;
    private final String stateMachineArn;

    public StepFunctionsWorkflowStarter(SfnClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    /**
     * The execution's input: the order's processing message. Every task state passes its
     * {@code correlationId} on, and a path the input lacks fails the execution, so it is always
     * there (the order id where the order has no correlation id).
     */
    public static String executionInput(Order order) {
        String correlationId = order.correlationId() == null ? order.orderId() : order.correlationId();
        return ApiJson.write(new ProcessingMessage(order.orderId(), StoredTimestamp.format(order.createdAt()), correlationId));
    }

    @Override
    public void start(Order order) {
        String input = executionInput(order);
        try {
            sfn.startExecution(r -> r.stateMachineArn(stateMachineArn).name(order.orderId()).input(input));
        } catch (ExecutionAlreadyExistsException startedBefore) {
            // The first delivery started it; this one has nothing to add.
        }
    }
}
