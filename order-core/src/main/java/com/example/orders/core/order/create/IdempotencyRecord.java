package com.example.orders.core.order.create;

import java.time.Instant;

/**
 * An Idempotency-Key that created an order: which request it came with (its fingerprint) and
 * which order it made. DynamoDB's TTL deletes it after {@code expiresAt}; until then it also
 * counts as gone once expired, because TTL deletion can lag by hours.
 */
public record IdempotencyRecord(String key, String requestFingerprint, String orderId, Instant expiresAt) {

    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
