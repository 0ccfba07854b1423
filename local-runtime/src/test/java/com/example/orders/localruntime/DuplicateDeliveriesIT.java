package com.example.orders.localruntime;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.invariants.OrderInvariants;
import com.example.orders.order.reconcile.SqsProcessingQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQS delivers at least once, and Lambda runs batches in many containers at once: here every
 * processing message arrives four times, all at once, to a processor running four environments.
 * Plain, flaky and poison orders alike must end as if each had arrived once.
 */
@LocalAwsTest
class DuplicateDeliveriesIT {

    private static final int ORDERS = 24;
    private static final int COPIES = 3;

    @TempDir
    Path outboxDirectory;

    private LocalAws aws;
    private PlatformResources resources;
    private ProcessingPipeline pipeline;

    @BeforeEach
    void startPipeline(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        pipeline = TestPipelines.start(aws, resources, Map.of(), outboxDirectory, Duration.ZERO,
                ProcessingPipeline.deployedReconcileRate(), line -> { });
    }

    @AfterEach
    void stopPipeline() {
        pipeline.close();
    }

    private static String customer(int i) {
        return switch (i % 4) {
            case 0 -> "flaky-" + i;
            case 1 -> "poison-" + i;
            default -> "cust-" + i;
        };
    }

    @Test
    void everyMessageDeliveredSeveralTimesAtOnceStillEndsEachOrderOnce() throws Exception {
        var repository = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        List<Order> stored = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            Order order = anOrder().withCustomer(new Customer(customer(i), "ada@example.com", null))
                    .createdAt(Instant.now()).build();
            repository.create(order);
            stored.add(order);
        }
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Order order : stored) {
                for (int copy = 0; copy < COPIES; copy++) {
                    senders.submit(() -> aws.sqs().sendMessage(request -> request.queueUrl(resources.processingQueueUrl())
                            .messageBody(SqsProcessingQueue.message(order))));
                }
            }
        }

        var counts = new OrderInvariants(aws, resources, outboxDirectory, () -> pipeline.outbox().collect())
                .check(stored.stream().map(Order::orderId).toList(), Duration.ofSeconds(60));

        assertThat(counts.orders()).isEqualTo(ORDERS);
    }
}
