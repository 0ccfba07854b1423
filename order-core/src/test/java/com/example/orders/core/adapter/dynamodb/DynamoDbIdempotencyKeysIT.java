package com.example.orders.core.adapter.dynamodb;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStoreBusyException;
import com.example.orders.core.order.create.IdempotencyRecord;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Storing an order with its Idempotency-Key while another transaction holds the same items. */
@LocalAwsTest
class DynamoDbIdempotencyKeysIT {

    private LocalAws aws;
    private PlatformResources resources;
    private DynamoDbOrderRepository orders;
    private final AtomicInteger transactions = new AtomicInteger();
    private final Order order = anOrder().build();
    private final IdempotencyRecord claim = new IdempotencyRecord("key-" + UUID.randomUUID(), "fingerprint",
            order.orderId(), Clock.systemUTC().instant().plus(Duration.ofHours(24)));

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
    }

    private DynamoDbIdempotencyKeys keysConflicting(int times) {
        return new DynamoDbIdempotencyKeys(ConflictingDynamoDb.conflicting(aws.dynamoDb(), times, transactions),
                resources.idempotencyTable(), resources.ordersTable(), Clock.systemUTC());
    }

    @Test
    void aTransactionConflictIsRetriedWithinTheRequest() {
        keysConflicting(RetriedWrite.ATTEMPTS - 1).createWithKey(order, claim);

        assertThat(orders.findById(order.orderId())).isPresent();
    }

    @Test
    void aConflictThatOutlastsTheRetriesIsABusyStore() {
        assertThatThrownBy(() -> keysConflicting(Integer.MAX_VALUE).createWithKey(order, claim))
                .isInstanceOf(OrderStoreBusyException.class);
    }

    @Test
    void aBusyStoreWritesNothing() {
        try {
            keysConflicting(Integer.MAX_VALUE).createWithKey(order, claim);
        } catch (OrderStoreBusyException expected) {
            // What is asserted is what the table holds afterwards.
        }

        assertThat(orders.findById(order.orderId())).isEmpty();
    }

    @Test
    void theRequestTriesAFixedNumberOfTimes() {
        assertThatThrownBy(() -> keysConflicting(Integer.MAX_VALUE).createWithKey(order, claim))
                .isInstanceOf(OrderStoreBusyException.class);

        assertThat(transactions).hasValue(RetriedWrite.ATTEMPTS);
    }
}
