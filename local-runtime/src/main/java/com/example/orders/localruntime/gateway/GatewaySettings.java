package com.example.orders.localruntime.gateway;

import java.time.Duration;
import java.util.Set;

/**
 * How the local gateway is set up beyond what the api stack defines: the port it listens on (on
 * 127.0.0.1 only; 0 picks a free one), the API keys of its usage plan, the largest request body,
 * how long a connection may sit idle, and how long a client may take to send one request.
 */
public record GatewaySettings(int port, Set<String> apiKeys, PayloadLimit payloadLimit, Duration idleTimeout,
        Duration requestTimeout) {

    public static final int DEFAULT_PORT = 3000;
    /** The Vite dev server's origins, where a frontend usually runs during development. */
    public static final String DEFAULT_CORS_ORIGINS = "http://localhost:5173,http://127.0.0.1:5173";
    /** A keep-alive connection with nothing to say is closed after this long. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** A request whose head and body take longer than this to arrive is refused (slow clients hold threads). */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);

    public GatewaySettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port must be from 0 to 65535, got " + port);
        }
        apiKeys = Set.copyOf(apiKeys);
        if (apiKeys.isEmpty() || apiKeys.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("The gateway needs at least one API key, and none may be blank");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("The gateway's timeouts must be positive");
        }
    }

    public GatewaySettings(int port, Set<String> apiKeys) {
        this(port, apiKeys, PayloadLimit.API_GATEWAY, DEFAULT_IDLE_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }
}
