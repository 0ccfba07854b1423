package com.example.orders.order.process;

import com.example.orders.definitions.ResourceDefinitions;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.lambda.FunctionEnvironment;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The processor's configuration, each default written here once. The functions stack's
 * parameters and the local platform leave a setting out to get its default; a test holds the
 * templates' defaults to these.
 *
 * @param workflowStateMachineArn absent when large orders are processed inline like small ones
 * @param workflowThreshold orders whose total is at or above it go to the workflow
 * @param maxReceiveCount the processing queue's redrive count: the last receive of a message
 *     that fails again is counted as given up
 */
public record ProcessingSettings(
        String ordersTable,
        String paymentsTable,
        String inventoryTable,
        Optional<String> workflowStateMachineArn,
        BigDecimal workflowThreshold,
        int maxReceiveCount,
        String service) {

    public static final String WORKFLOW_THRESHOLD = "WORKFLOW_THRESHOLD";
    public static final String DEFAULT_WORKFLOW_THRESHOLD = "1000.00";
    public static final String MAX_RECEIVE_COUNT = "MAX_RECEIVE_COUNT";
    public static final String DEFAULT_SERVICE = "order-process";

    public static ProcessingSettings from(FunctionEnvironment env) {
        return new ProcessingSettings(
                env.require(ResourceEnvironment.ORDERS_TABLE),
                env.require(ResourceEnvironment.PAYMENTS_TABLE),
                env.require(ResourceEnvironment.INVENTORY_TABLE),
                Optional.of(env.optional(ResourceEnvironment.WORKFLOW_STATE_MACHINE_ARN, "")).filter(arn -> !arn.isBlank()),
                new BigDecimal(env.optional(WORKFLOW_THRESHOLD, DEFAULT_WORKFLOW_THRESHOLD)),
                Integer.parseInt(env.optional(MAX_RECEIVE_COUNT,
                        Integer.toString(ResourceDefinitions.PROCESSING_QUEUE.maxReceiveCount()))),
                env.optional("POWERTOOLS_SERVICE_NAME", DEFAULT_SERVICE));
    }
}
