package com.example.orders.core.order.create;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idempotency-Keys in a map, writing the order into {@code orders} with the key as one step, as
 * the DynamoDB transaction does. {@link #takenByATwin} makes the next write lose to a concurrent twin.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, IdempotencyRecord> records = new ConcurrentHashMap<>();
    private final OrderRepository orders;
    private final Clock clock;
    private Order twin;

    public InMemoryIdempotencyKeys(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** The next createWithKey finds that a concurrent request with the same key stored {@code order} first. */
    public void takenByATwin(Order order) {
        this.twin = order;
    }

    @Override
    public Optional<IdempotencyRecord> find(String key, Instant now) {
        return Optional.ofNullable(records.get(key)).filter(record -> record.isLiveAt(now));
    }

    @Override
    public synchronized void createWithKey(Order order, IdempotencyRecord claim) {
        if (twin != null) {
            orders.create(twin);
            records.put(claim.key(), new IdempotencyRecord(claim.key(), claim.requestFingerprint(), twin.orderId(), claim.expiresAt()));
            twin = null;
            throw new IdempotencyKeyTakenException(claim.key());
        }
        if (find(claim.key(), clock.instant()).isPresent()) {
            throw new IdempotencyKeyTakenException(claim.key());
        }
        orders.create(order);
        records.put(claim.key(), claim);
    }
}
