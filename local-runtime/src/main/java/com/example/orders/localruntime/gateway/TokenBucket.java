package com.example.orders.localruntime.gateway;

import java.time.Duration;
import java.util.Optional;

/**
 * One API key's bucket: it holds up to {@code burst} tokens, refills at the plan's rate, and
 * each request takes one. Times are {@link System#nanoTime()} readings passed in, so the bucket
 * can be driven by any clock.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double tokensPerNano;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    TokenBucket(UsagePlan plan, long now) {
        this.tokensPerNano = plan.ratePerSecond() / NANOS_PER_SECOND;
        this.capacity = plan.burst();
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a token, or tells how long until one is available. */
    synchronized Optional<Duration> take(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano)));
    }
}
