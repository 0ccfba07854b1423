package com.example.orders.core.order.create;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderDraft;
import com.example.orders.core.order.OrderPricing;
import com.example.orders.core.order.OrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Accepts an order: prices it, gives it an id and stores it PENDING, at most once per
 * Idempotency-Key. The same key with the same request returns the order it created and writes
 * nothing; with another request it is refused. Concurrent repeats race on one conditional
 * transaction, so exactly one of them creates the order and the others replay it.
 */
public final class OrderCreation {

    public static final Duration KEY_LIFETIME = Duration.ofHours(24);

    private final OrderRepository orders;
    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Supplier<String> ids;

    public OrderCreation(OrderRepository orders, IdempotencyKeys keys, Clock clock) {
        this(orders, keys, clock, () -> UUID.randomUUID().toString());
    }

    OrderCreation(OrderRepository orders, IdempotencyKeys keys, Clock clock, Supplier<String> ids) {
        this.orders = orders;
        this.keys = keys;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @param idempotencyKey the client's key, or null
     * @param fingerprint    the {@link RequestFingerprint} of the request
     * @param correlationId  the request's correlation id, kept on the order
     */
    public CreationResult create(OrderDraft draft, String idempotencyKey, String fingerprint, String correlationId) {
        // The table keeps milliseconds; the response must say exactly what a later read will.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (idempotencyKey == null) {
            Order order = OrderPricing.price(draft, ids.get(), now, correlationId);
            orders.create(order);
            return new CreationResult(order, false);
        }
        Optional<CreationResult> replay = replay(idempotencyKey, fingerprint, now);
        if (replay.isPresent()) {
            return replay.get();
        }
        Order order = OrderPricing.price(draft, ids.get(), now, correlationId);
        try {
            keys.createWithKey(order, new IdempotencyRecord(idempotencyKey, fingerprint, order.orderId(),
                    now.plus(KEY_LIFETIME)));
            return new CreationResult(order, false);
        } catch (IdempotencyKeyTakenException concurrentTwin) {
            return replay(idempotencyKey, fingerprint, now).orElseThrow(() -> concurrentTwin);
        }
    }

    private Optional<CreationResult> replay(String key, String fingerprint, Instant now) {
        return keys.find(key, now).map(record -> {
            if (!record.requestFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            Order original = orders.findById(record.orderId()).orElseThrow(() -> new IllegalStateException(
                    "Idempotency record points at a missing order " + record.orderId()));
            return new CreationResult(original, true);
        });
    }
}
