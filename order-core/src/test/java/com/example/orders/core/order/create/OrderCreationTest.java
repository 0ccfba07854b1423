package com.example.orders.core.order.create;

import static com.example.orders.core.fixtures.DraftBuilder.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.order.InMemoryOrderRepository;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderPricing;
import com.example.orders.core.order.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Accepting orders, at most once per Idempotency-Key, against in-memory stores. */
class OrderCreationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00.123Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(clock);
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys(orders, clock);
    private final AtomicInteger ids = new AtomicInteger();
    private final OrderCreation creation = new OrderCreation(orders, keys, clock,
            () -> "00000000-0000-4000-8000-%012d".formatted(ids.incrementAndGet()));

    @Test
    void anOrderIsStoredPendingWithItsCorrelationId() {
        CreationResult result = creation.create(aDraft().build(), null, "fp-1", "corr-1");

        assertThat(orders.findById(result.order().orderId())).hasValueSatisfying(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.correlationId()).isEqualTo("corr-1");
        });
    }

    @Test
    void repeatedIdempotencyKeyCreatesOneOrder() {
        CreationResult first = creation.create(aDraft().build(), "key-12345", "fp-1", "corr-1");
        CreationResult second = creation.create(aDraft().build(), "key-12345", "fp-1", "corr-2");

        assertThat(second.replayed()).isTrue();
        assertThat(second.order()).isEqualTo(first.order());
        assertThat(ids.get()).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        creation.create(aDraft().build(), "key-12345", "fp-1", "corr-1");

        assertThatThrownBy(() -> creation.create(aDraft().withLine("PEN-0042", 2, "1.00").build(), "key-12345", "fp-2", "corr-2"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void aConcurrentTwinWithTheSameKeyGetsTheOrderItsTwinCreated() {
        Order twins = OrderPricing.price(aDraft().build(), "00000000-0000-4000-8000-999999999999", NOW, "corr-twin");
        keys.takenByATwin(twins);

        CreationResult result = creation.create(aDraft().build(), "key-12345", "fp-1", "corr-1");

        assertThat(result.replayed()).isTrue();
        assertThat(result.order().orderId()).isEqualTo(twins.orderId());
    }

    @Test
    void aKeyWhoseRecordExpiredCreatesANewOrder() {
        CreationResult first = creation.create(aDraft().build(), "key-12345", "fp-1", "corr-1");
        clock.advanceBy(OrderCreation.KEY_LIFETIME.plusSeconds(1));

        CreationResult second = creation.create(aDraft().build(), "key-12345", "fp-1", "corr-2");

        assertThat(second.replayed()).isFalse();
        assertThat(second.order().orderId()).isNotEqualTo(first.order().orderId());
    }

    /** A clock the test moves on. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advanceBy(java.time.Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
