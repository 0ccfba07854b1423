package com.example.orders.benchmarks.function;

import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.order.reconcile.ReconciliationPolicy;
import com.example.orders.definitions.ResourceDefinitions;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.ExampleStock;
import com.example.orders.order.notify.NotificationSettings;
import com.example.orders.order.process.ProcessingSettings;
import com.example.orders.order.reconcile.ReconcileSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deploy-time values of a stage on local AWS: where AWS is, the resources, and the stage
 * parameters at the values a dev stage deploys with. What the templates resolve at deploy time
 * (Refs, Subs) is taken from here.
 */
public record BenchmarkStage(LocalAws aws, PlatformResources resources, Map<String, String> values) {

    /** Enough of each example SKU that no run of any size measures the out-of-stock path. */
    private static final long STOCK = 10_000_000;

    /** Provisions the platform's resources on {@code aws}, with ample stock for the example order. */
    public static BenchmarkStage on(LocalAws aws) {
        PlatformResources resources = aws.provision("");
        var inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        ExampleStock.LEVELS.forEach(level -> inventory.stock(level.sku(), STOCK));
        var values = new LinkedHashMap<String, String>(resources.environment());
        values.put("CORS_ALLOWED_ORIGINS", "https://app.example.com");
        // A dev stage deploys with the functions' defaults. The example order's total is below
        // the threshold: it never starts the workflow.
        values.put(ProcessingSettings.WORKFLOW_THRESHOLD, ProcessingSettings.DEFAULT_WORKFLOW_THRESHOLD);
        values.put(ResourceEnvironment.WORKFLOW_STATE_MACHINE_ARN, "");
        values.put(ProcessingSettings.MAX_RECEIVE_COUNT, Integer.toString(ResourceDefinitions.PROCESSING_QUEUE.maxReceiveCount()));
        values.put(NotificationSettings.EMAIL_ENABLED, "true");
        values.put(NotificationSettings.SMS_ENABLED, "true");
        values.put(NotificationSettings.EMAIL_SENDER, NotificationSettings.DEFAULT_EMAIL_SENDER);
        // The reconciler's ages at the template's defaults: a benchmark's orders are younger, so a
        // sweep finds nothing to queue again.
        values.put(ReconcileSettings.REQUEUE_AFTER_SECONDS, Long.toString(ReconciliationPolicy.DEFAULT_REQUEUE_AFTER.toSeconds()));
        values.put(ReconcileSettings.ALARM_AFTER_SECONDS, Long.toString(ReconciliationPolicy.DEFAULT_ALARM_AFTER.toSeconds()));
        aws.ses().verifyEmailIdentity(request -> request.emailAddress(NotificationSettings.DEFAULT_EMAIL_SENDER));
        return new BenchmarkStage(aws, resources, Map.copyOf(values));
    }

    /**
     * What {@code function} finds in its environment on this stage: what Lambda's runtime sets
     * (the region and credentials, here with the emulators' endpoints), then its template's variables.
     */
    public Map<String, String> environmentOf(DeployedFunction function) {
        var environment = new LinkedHashMap<>(aws.environment());
        environment.putAll(function.environment(values));
        return environment;
    }
}
