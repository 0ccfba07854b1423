package com.example.orders.order.reconcile;

import com.example.orders.core.order.reconcile.ReconciliationPolicy;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.lambda.FunctionEnvironment;
import java.time.Duration;

/**
 * The reconciler's configuration, each default written once (in {@link ReconciliationPolicy});
 * the functions stack leaves a setting out to get its default.
 */
public record ReconcileSettings(String ordersTable, String processingQueueUrl, ReconciliationPolicy policy, String service) {

    public static final String REQUEUE_AFTER_SECONDS = "RECONCILE_REQUEUE_AFTER_SECONDS";
    public static final String ALARM_AFTER_SECONDS = "RECONCILE_ALARM_AFTER_SECONDS";
    public static final String MAX_PER_RUN = "RECONCILE_MAX_PER_RUN";
    public static final String DEFAULT_SERVICE = "order-reconcile";

    public static ReconcileSettings from(FunctionEnvironment env) {
        return new ReconcileSettings(
                env.require(ResourceEnvironment.ORDERS_TABLE),
                env.require(ResourceEnvironment.PROCESSING_QUEUE_URL),
                new ReconciliationPolicy(
                        seconds(env, REQUEUE_AFTER_SECONDS, ReconciliationPolicy.DEFAULT_REQUEUE_AFTER),
                        seconds(env, ALARM_AFTER_SECONDS, ReconciliationPolicy.DEFAULT_ALARM_AFTER),
                        Integer.parseInt(env.optional(MAX_PER_RUN, Integer.toString(ReconciliationPolicy.DEFAULT_MAX_PER_RUN)))),
                env.optional("POWERTOOLS_SERVICE_NAME", DEFAULT_SERVICE));
    }

    private static Duration seconds(FunctionEnvironment env, String name, Duration fallback) {
        return Duration.ofSeconds(Long.parseLong(env.optional(name, Long.toString(fallback.toSeconds()))));
    }
}
