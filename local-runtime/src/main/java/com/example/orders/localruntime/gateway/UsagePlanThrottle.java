package com.example.orders.localruntime.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The usage plan applied per API key, each key with a bucket of its own. */
final class UsagePlanThrottle {

    private final UsagePlan plan;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    UsagePlanThrottle(UsagePlan plan) {
        this(plan, System::nanoTime);
    }

    UsagePlanThrottle(UsagePlan plan, LongSupplier nanoClock) {
        this.plan = plan;
        this.nanoClock = nanoClock;
    }

    /** Empty when the request may pass; otherwise how long the caller should wait. */
    Optional<Duration> admit(String apiKey) {
        long now = nanoClock.getAsLong();
        return buckets.computeIfAbsent(apiKey, key -> new TokenBucket(plan, now)).take(now);
    }
}
