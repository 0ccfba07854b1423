package com.example.orders.core.adapter.dynamodb;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reconciler's read of the status index on DynamoDB Local. */
@LocalAwsTest
class DynamoDbStalledOrdersIT {

    private static final Instant CREATED = Instant.parse("2026-11-30T09:00:00.000Z");
    private static final Instant CUTOFF = Instant.parse("2026-11-30T10:00:00.000Z");
    private static final Clock AFTER_THE_CUTOFF = Clock.fixed(Instant.parse("2026-11-30T10:30:00.000Z"), ZoneOffset.UTC);

    private DynamoDbOrderRepository orders;
    private DynamoDbStalledOrders stalled;

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), AFTER_THE_CUTOFF);
        stalled = new DynamoDbStalledOrders(aws.dynamoDb(), resources.ordersTable());
    }

    private Order stored(OrderStatus status, Instant createdAt) {
        Order order = anOrder().withStatus(status).createdAt(createdAt).build();
        orders.create(order);
        return order;
    }

    private List<String> stalledIds(OrderStatus status) {
        return stalled.stalledSince(status, CUTOFF, 100).stream().map(Order::orderId).toList();
    }

    @Test
    void anOrderUnchangedSinceBeforeTheCutoffIsStalled() {
        Order waiting = stored(OrderStatus.PENDING, CREATED);

        assertThat(stalledIds(OrderStatus.PENDING)).contains(waiting.orderId());
    }

    @Test
    void anOrderCreatedBeforeTheCutoffButChangedSinceIsNotStalled() {
        Order moving = stored(OrderStatus.PENDING, CREATED);
        orders.transition(moving.orderId(), OrderStatus.PENDING, OrderStatus.PROCESSING);

        assertThat(stalledIds(OrderStatus.PROCESSING)).doesNotContain(moving.orderId());
    }

    @Test
    void anOrderCreatedAfterTheCutoffIsNotStalled() {
        Order recent = stored(OrderStatus.PENDING, CUTOFF.plusSeconds(1));

        assertThat(stalledIds(OrderStatus.PENDING)).doesNotContain(recent.orderId());
    }

    @Test
    void aStalledOrderIsReadWhole() {
        Order waiting = stored(OrderStatus.PROCESSING, CREATED);

        assertThat(stalled.stalledSince(OrderStatus.PROCESSING, CUTOFF, 100)).contains(waiting);
    }

    @Test
    void noMoreThanTheLimitIsRead() {
        stored(OrderStatus.PENDING, CREATED.plusSeconds(1));
        stored(OrderStatus.PENDING, CREATED.plusSeconds(2));

        assertThat(stalled.stalledSince(OrderStatus.PENDING, CUTOFF, 1)).hasSize(1);
    }
}
