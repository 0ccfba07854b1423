package com.example.orders.localruntime;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.invariants.OrderInvariants;
import com.example.orders.order.reconcile.ReconcileSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order whose processing message was lost: stored PROCESSING, which the pipe never forwards
 * (only new PENDING orders pass its filter), as if its message had expired on a dead-letter
 * queue. Only the reconciler's schedule can set it going again.
 */
@LocalAwsTest
class StalledOrdersIT {

    @TempDir
    Path outboxDirectory;

    private ProcessingPipeline pipeline;
    private DynamoDbOrderRepository orders;
    private OrderInvariants invariants;
    private final List<String> console = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startPipeline(LocalAws aws, PlatformResources resources) {
        var settings = Map.of(ReconcileSettings.REQUEUE_AFTER_SECONDS, "2", ReconcileSettings.ALARM_AFTER_SECONDS, "3600");
        pipeline = TestPipelines.start(aws, resources, settings, outboxDirectory, Duration.ofMillis(500), Duration.ofSeconds(1),
                console::add);
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        invariants = new OrderInvariants(aws, resources, outboxDirectory, () -> pipeline.outbox().collect());
    }

    @AfterEach
    void stopPipeline() {
        pipeline.close();
    }

    private Order lostWhileProcessing() {
        Order order = anOrder().withStatus(OrderStatus.PROCESSING).createdAt(Instant.now()).build();
        orders.create(order);
        return order;
    }

    @Test
    void anOrderWhoseMessageWasLostIsFinishedByTheReconciler() {
        Order lost = lostWhileProcessing();

        Order finished = Eventually.get("order " + lost.orderId() + " final", Duration.ofSeconds(30),
                () -> orders.findById(lost.orderId()).orElseThrow(), order -> order.status().isFinal());

        assertThat(finished.status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void aLostOrderFinishedByTheReconcilerKeepsTheInvariants() {
        Order lost = lostWhileProcessing();

        assertThat(invariants.check(List.of(lost.orderId()), Duration.ofSeconds(30)).completed()).isEqualTo(1);
    }

    @Test
    void theConsoleSaysWhenTheReconcilerSetOrdersGoingAgain() {
        lostWhileProcessing();

        List<String> lines = Eventually.get("the reconciler's line", Duration.ofSeconds(30), () -> List.copyOf(console),
                seen -> seen.stream().anyMatch(line -> line.startsWith("The reconciler queued")));

        assertThat(lines).anyMatch(line -> line.contains("stalled order(s) again"));
    }
}
