package com.example.orders.localruntime;

import com.example.orders.core.http.CorsPolicy;

import java.util.Set;

/**
 * How the local gateway is set up: the port it listens on (on 127.0.0.1 only; 0 picks a free
 * one), the API keys of its usage plan and the plan's throttle, the origins CORS allows, and the
 * largest request body it accepts.
 */
public record GatewaySettings(int port, Set<String> apiKeys, UsagePlan usagePlan, CorsPolicy cors, PayloadLimit payloadLimit) {

    public static final int DEFAULT_PORT = 3000;
    /** The Vite dev server's origins, where a frontend usually runs during development. */
    public static final String DEFAULT_CORS_ORIGINS = "http://localhost:5173,http://127.0.0.1:5173";

    public GatewaySettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port must be from 0 to 65535, got " + port);
        }
        apiKeys = Set.copyOf(apiKeys);
        if (apiKeys.isEmpty() || apiKeys.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("The gateway needs at least one API key, and none may be blank");
        }
    }
}
