package com.example.orders.localruntime;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.invariants.OrderInvariants;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The give-up step failing on the whole pipeline: the payments table is out of the processor's
 * reach, so every charge fails, and on each order's last receive so does the give-up's cancel.
 * Each such message fails alone, and every order still ends FAILED, uncharged, holding no stock,
 * with its status changes announced once.
 */
@LocalAwsTest
class GiveUpFailureIT {

    private static final int ORDERS = 6;

    @TempDir
    Path outboxDirectory;

    private LocalAws aws;
    private PlatformResources resources;
    private ProcessingPipeline pipeline;

    @BeforeEach
    void startPipeline(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        var unreachablePayments = Map.of(ResourceEnvironment.PAYMENTS_TABLE, resources.paymentsTable() + "-unreachable");
        pipeline = TestPipelines.start(aws, resources, unreachablePayments, outboxDirectory, Duration.ZERO,
                ProcessingPipeline.deployedReconcileRate(), line -> { });
    }

    @AfterEach
    void stopPipeline() {
        pipeline.close();
    }

    @Test
    void ordersWhoseGiveUpFailsStillEndFailedUnchargedAndAnnounced() {
        var repository = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            Order order = anOrder().withCustomer(new Customer("cust-" + i, "ada@example.com", null)).createdAt(Instant.now()).build();
            repository.create(order);
            orderIds.add(order.orderId());
        }

        var counts = new OrderInvariants(aws, resources, outboxDirectory, () -> pipeline.outbox().collect())
                .check(orderIds, Duration.ofSeconds(60));

        assertThat(counts.failed()).isEqualTo(ORDERS);
    }
}
