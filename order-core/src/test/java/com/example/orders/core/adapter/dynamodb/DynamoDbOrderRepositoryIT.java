package com.example.orders.core.adapter.dynamodb;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderAlreadyExistsException;
import com.example.orders.core.order.OrderPage;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.Transition;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalAwsTest
class DynamoDbOrderRepositoryIT {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private DynamoDbOrderRepository repository;
    private OrderListing listing;

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        repository = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), LATER);
        listing = new OrderListing(aws.dynamoDb(), resources.ordersTable(), PageCursor.withRandomKey());
    }

    private List<Order> createPending(int count) {
        var orders = new ArrayList<Order>();
        for (int i = 0; i < count; i++) {
            Order order = anOrder().createdAt(T0.plusSeconds(i)).build();
            repository.create(order);
            orders.add(order);
        }
        return orders;
    }

    @Test
    void createdOrderIsFoundById() {
        Order order = anOrder().build();
        repository.create(order);
        assertThat(repository.findById(order.orderId())).contains(order);
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(repository.findById("0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10")).isEmpty();
    }

    @Test
    void writingAStoredOrderAgainFailsAndKeepsTheFirst() {
        Order first = anOrder().createdAt(T0).build();
        repository.create(first);
        Order second = anOrder().withId(first.orderId()).createdAt(T0).withStatus(OrderStatus.COMPLETED).build();
        assertThatThrownBy(() -> repository.create(second)).isInstanceOf(OrderAlreadyExistsException.class);
        assertThat(repository.findById(first.orderId())).contains(first);
    }

    @Test
    void listingByStatusPagesNewestFirst() {
        List<Order> created = createPending(5);
        var seen = new ArrayList<String>();
        String token = null;
        do {
            OrderPage page = listing.byStatus(OrderStatus.PENDING, 2, token);
            page.orders().forEach(o -> seen.add(o.orderId()));
            token = page.nextToken();
        } while (token != null);
        assertThat(seen).containsExactlyElementsOf(created.reversed().stream().map(Order::orderId).toList());
    }

    @Test
    void listingByStatusShowsOnlyThatStatus() {
        Order pending = createPending(1).getFirst();
        repository.create(anOrder().withStatus(OrderStatus.COMPLETED).build());
        assertThat(listing.byStatus(OrderStatus.PENDING, 20, null).orders())
                .extracting(Order::orderId).containsExactly(pending.orderId());
    }

    @Test
    void lastPageHasNoToken() {
        createPending(2);
        assertThat(listing.byStatus(OrderStatus.PENDING, 20, null).nextToken()).isNull();
    }

    @Test
    void exactlyFullLastPageHasNoToken() {
        createPending(4);
        String token = listing.byStatus(OrderStatus.PENDING, 2, null).nextToken();
        assertThat(listing.byStatus(OrderStatus.PENDING, 2, token).nextToken()).isNull();
    }

    @Test
    void cursorIssuedForOneStatusIsRejectedForAnother() {
        createPending(3);
        String token = listing.byStatus(OrderStatus.PENDING, 1, null).nextToken();
        assertThatThrownBy(() -> listing.byStatus(OrderStatus.COMPLETED, 1, token))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void transitionMovesTheOrderAndBumpsItsVersion() {
        Order order = createPending(1).getFirst();
        repository.transition(order.orderId(), OrderStatus.PENDING, OrderStatus.PROCESSING);
        assertThat(repository.findById(order.orderId()).orElseThrow())
                .extracting(Order::status, Order::version, Order::updatedAt)
                .containsExactly(OrderStatus.PROCESSING, 2L, LATER.instant());
    }

    @Test
    void transitionMovesTheOrderBetweenStatusListings() {
        Order order = createPending(1).getFirst();
        repository.transition(order.orderId(), OrderStatus.PENDING, OrderStatus.PROCESSING);
        assertThat(listing.byStatus(OrderStatus.PROCESSING, 20, null).orders())
                .extracting(Order::orderId).containsExactly(order.orderId());
    }

    @Test
    void repeatedTransitionIsRefusedAndWritesNothing() {
        Order order = createPending(1).getFirst();
        repository.transition(order.orderId(), OrderStatus.PENDING, OrderStatus.PROCESSING);
        Transition again = repository.transition(order.orderId(), OrderStatus.PENDING, OrderStatus.PROCESSING);
        assertThat(again).isEqualTo(new Transition.Refused(OrderStatus.PROCESSING));
        assertThat(repository.findById(order.orderId()).orElseThrow().version()).isEqualTo(2L);
    }

    @Test
    void concurrentTransitionsLetExactlyOneWin() throws Exception {
        Order order = createPending(1).getFirst();
        int racers = 8;
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Transition>>();
        for (int i = 0; i < racers; i++) {
            tasks.add(() -> {
                start.await();
                return repository.transition(order.orderId(), OrderStatus.PENDING, OrderStatus.PROCESSING);
            });
        }
        try (var pool = Executors.newFixedThreadPool(racers)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            long moved = 0;
            for (var future : futures) {
                if (future.get() instanceof Transition.Moved) {
                    moved++;
                }
            }
            assertThat(moved).isEqualTo(1);
        }
    }

    @Test
    void markFailedRecordsTheReason() {
        Order order = createPending(1).getFirst();
        repository.markFailed(order.orderId(), OrderStatus.PENDING, "Payment declined");
        assertThat(repository.findById(order.orderId()).orElseThrow())
                .extracting(Order::status, Order::failureReason)
                .containsExactly(OrderStatus.FAILED, "Payment declined");
    }

    @Test
    void transitionOfUnknownOrderReportsNotFound() {
        assertThat(repository.transition("0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10", OrderStatus.PENDING, OrderStatus.PROCESSING))
                .isInstanceOf(Transition.NotFound.class);
    }

    @Test
    void illegalTransitionIsRefusedBeforeTouchingTheTable() {
        Order order = createPending(1).getFirst();
        assertThatThrownBy(() -> repository.transition(order.orderId(), OrderStatus.PENDING, OrderStatus.COMPLETED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movingTheOrderAsReadStoresTheMove() {
        Order order = createPending(1).getFirst();
        assertThat(repository.transition(order, OrderStatus.PROCESSING)).isInstanceOf(Transition.Moved.class);
        assertThat(repository.findById(order.orderId()).orElseThrow())
                .extracting(Order::status, Order::version)
                .containsExactly(OrderStatus.PROCESSING, 2L);
    }

    @Test
    void movingAnOrderThatChangedSinceItWasReadIsRefused() {
        Order read = createPending(1).getFirst();
        repository.transition(read.orderId(), OrderStatus.PENDING, OrderStatus.PROCESSING);
        assertThat(repository.transition(read, OrderStatus.PROCESSING)).isEqualTo(new Transition.Refused(OrderStatus.PROCESSING));
        assertThat(repository.findById(read.orderId()).orElseThrow().version()).isEqualTo(2L);
    }

    @Test
    void movingTheOrderAsReadTakesOneWriteAndNoRead(LocalAws aws, PlatformResources resources) {
        Order order = createPending(1).getFirst();
        var calls = new ArrayList<String>();
        var counted = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, arguments) -> {
                    calls.add(method.getName());
                    try {
                        return method.invoke(aws.dynamoDb(), arguments);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
        new DynamoDbOrderRepository(counted, resources.ordersTable(), LATER).transition(order, OrderStatus.PROCESSING);
        assertThat(calls).containsExactly("updateItem");
    }
}
