package com.example.orders.localruntime;

import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.order.notify.NotificationSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The processing pipeline on a test's emulators, as the local platform starts it: the example
 * stock seeded, the default sender verified in SES, the functions with {@code functionSettings}
 * over their defaults, and every function in the platform's default number of environments.
 */
final class TestPipelines {

    private TestPipelines() {
    }

    static ProcessingPipeline start(LocalAws aws, PlatformResources resources, Map<String, String> functionSettings,
            Path outbox, Duration retryDelay, Duration reconcileEvery, Consumer<String> console) {
        ExampleStock.seed(new InventoryReservations(aws.dynamoDb(), resources.inventoryTable()));
        aws.ses().verifyEmailIdentity(request -> request.emailAddress(NotificationSettings.DEFAULT_EMAIL_SENDER));
        return ProcessingPipeline.start(aws, resources, OrderFunctions.pipeline(aws, resources, "", functionSettings),
                new ProcessingPipeline.Settings(outbox, Optional.empty(), retryDelay, reconcileEvery,
                        OrderFunctions.DEFAULT_CONCURRENCY), console);
    }
}
