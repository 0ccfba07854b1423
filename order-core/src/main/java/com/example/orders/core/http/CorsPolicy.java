package com.example.orders.core.http;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access for the configured origins only; there is no wildcard. With Lambda proxy
 * integrations API Gateway passes responses through untouched, so the functions add these
 * headers themselves, and the gateway adds them to its own responses.
 */
public record CorsPolicy(Set<String> allowedOrigins) {

    public static final String ALLOWED_METHODS = "GET,POST,OPTIONS";
    public static final String ALLOWED_HEADERS = "Content-Type,X-Api-Key,Idempotency-Key,X-Correlation-Id";
    /** Every response header of the contract that is not CORS-safelisted, so browsers can read it. */
    public static final String EXPOSED_HEADERS = "Location,Retry-After,X-Correlation-Id";
    public static final String MAX_AGE_SECONDS = "600";

    public CorsPolicy {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** A policy from a comma-separated list such as {@code CORS_ALLOWED_ORIGINS}. */
    public static CorsPolicy fromSetting(String origins) {
        if (origins == null || origins.isBlank()) {
            return new CorsPolicy(Set.of());
        }
        return new CorsPolicy(Arrays.stream(origins.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    /** Headers for an actual response; none when the origin is not allowed. */
    public Map<String, String> responseHeaders(String origin) {
        if (!allows(origin)) {
            return Map.of("Vary", "Origin");
        }
        return Map.of(
                "Access-Control-Allow-Origin", origin,
                "Access-Control-Expose-Headers", EXPOSED_HEADERS,
                "Vary", "Origin");
    }

    /** Headers answering a preflight; none when the origin is not allowed. */
    public Map<String, String> preflightHeaders(String origin) {
        if (!allows(origin)) {
            return Map.of("Vary", "Origin");
        }
        return Map.of(
                "Access-Control-Allow-Origin", origin,
                "Access-Control-Allow-Methods", ALLOWED_METHODS,
                "Access-Control-Allow-Headers", ALLOWED_HEADERS,
                "Access-Control-Max-Age", MAX_AGE_SECONDS,
                "Vary", "Origin");
    }
}
