package com.example.orders.localruntime.gateway;

/**
 * An API Gateway usage plan's throttle for each API key: a steady rate with bursts of up to
 * {@code burst} requests, the token-bucket semantics API Gateway documents.
 */
public record UsagePlan(double ratePerSecond, int burst) {

    public UsagePlan {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("The rate limit must be a positive number of requests per second, got " + ratePerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("The burst limit must be at least 1 request, got " + burst);
        }
    }
}
