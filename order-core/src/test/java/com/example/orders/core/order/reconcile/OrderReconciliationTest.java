package com.example.orders.core.order.reconcile;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.order.InMemoryOrderRepository;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The reconciler against the in-memory store: which orders it queues again, and which it calls stuck. */
class OrderReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00.000Z");
    private static final ReconciliationPolicy POLICY = new ReconciliationPolicy(Duration.ofMinutes(15), Duration.ofHours(1), 2);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(clock);
    private final RecordingProcessingQueue queue = new RecordingProcessingQueue();
    private final OrderReconciliation reconciliation = new OrderReconciliation(orders, queue, POLICY, clock);

    private Order stored(OrderStatus status, Duration unchangedFor) {
        Order order = anOrder().withStatus(status).createdAt(NOW.minus(unchangedFor)).build();
        orders.create(order);
        return order;
    }

    @Test
    void anOrderPendingLongerThanTheRequeueAgeIsQueuedAgain() {
        Order lost = stored(OrderStatus.PENDING, Duration.ofMinutes(16));

        reconciliation.reconcile();

        assertThat(queue.queued()).containsExactly(lost.orderId());
    }

    @Test
    void anOrderProcessingLongerThanTheRequeueAgeIsQueuedAgain() {
        Order lost = stored(OrderStatus.PROCESSING, Duration.ofMinutes(16));

        reconciliation.reconcile();

        assertThat(queue.queued()).containsExactly(lost.orderId());
    }

    @Test
    void anOrderChangedWithinTheRequeueAgeIsLeftAlone() {
        stored(OrderStatus.PENDING, Duration.ofMinutes(14));

        reconciliation.reconcile();

        assertThat(queue.queued()).isEmpty();
    }

    @Test
    void aFinalOrderIsNeverQueuedAgain() {
        stored(OrderStatus.COMPLETED, Duration.ofDays(2));
        stored(OrderStatus.FAILED, Duration.ofDays(2));

        reconciliation.reconcile();

        assertThat(queue.queued()).isEmpty();
    }

    @Test
    void anOrderUnchangedPastTheAlarmAgeCountsAsStuck() {
        stored(OrderStatus.PENDING, Duration.ofMinutes(61));
        stored(OrderStatus.PENDING, Duration.ofMinutes(20));

        assertThat(reconciliation.reconcile().stuck()).isEqualTo(1);
    }

    @Test
    void aRunQueuesAtMostItsLimitOfEachStatusOldestFirst() {
        Order oldest = stored(OrderStatus.PENDING, Duration.ofMinutes(40));
        Order older = stored(OrderStatus.PENDING, Duration.ofMinutes(30));
        stored(OrderStatus.PENDING, Duration.ofMinutes(20));

        reconciliation.reconcile();

        assertThat(queue.queued()).containsExactly(oldest.orderId(), older.orderId());
    }

    @Test
    void anAlarmAgeNoLongerThanTheRequeueAgeIsRefused() {
        assertThatThrownBy(() -> new ReconciliationPolicy(Duration.ofMinutes(15), Duration.ofMinutes(15), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
