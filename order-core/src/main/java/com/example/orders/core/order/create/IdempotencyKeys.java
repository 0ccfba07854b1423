package com.example.orders.core.order.create;

import com.example.orders.core.order.Order;
import java.time.Instant;
import java.util.Optional;

/** The Idempotency-Keys that created orders, each written together with its order. */
public interface IdempotencyKeys {

    /** The live record of {@code key}; an expired record counts as absent. */
    Optional<IdempotencyRecord> find(String key, Instant now);

    /**
     * Stores a new order and the key's record together: both or neither. A key may be taken over
     * only once its earlier record expired.
     *
     * @throws IdempotencyKeyTakenException when a live record of the key exists (a concurrent twin)
     */
    void createWithKey(Order order, IdempotencyRecord claim);
}
