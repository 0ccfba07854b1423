package com.example.orders.localruntime;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for API Gateway (REST API, Lambda proxy integrations) on 127.0.0.1: the contract's
 * routes, each integrated with a {@link LambdaFunction} by operation id, behind API keys, a usage
 * plan, CORS and request validation. Closing it stops the server.
 */
public final class ApiGateway implements AutoCloseable {

    /** IPv4 loopback, whatever the JVM prefers: the gateway must never listen beyond this machine. */
    private static final String LOOPBACK = "127.0.0.1";
    /** Seconds in-flight requests get to finish when the gateway stops. */
    private static final int STOP_GRACE_SECONDS = 2;

    private final HttpServer server;
    private final ExecutorService executor;

    private ApiGateway(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code contract}, each operation integrated with the function that
     * {@code integrations} maps its operation id to.
     *
     * @throws IllegalArgumentException when an operation of the contract has no function
     */
    public static ApiGateway start(GatewaySettings settings, ApiContract contract, Map<String, LambdaFunction> integrations) {
        List<String> unintegrated = contract.routes().routes().stream()
                .map(ApiRoute::operationId)
                .filter(operationId -> !integrations.containsKey(operationId))
                .toList();
        if (!unintegrated.isEmpty()) {
            throw new IllegalArgumentException("No function integrates the operations " + unintegrated);
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(LOOPBACK, settings.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on %s:%d".formatted(LOOPBACK, settings.port()), e);
        }
        var throttle = new UsagePlanThrottle(settings.usagePlan());
        server.createContext("/", new GatewayPipeline(settings, contract, integrations, throttle, server.getAddress().getPort()));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        return new ApiGateway(server, executor);
    }

    /** The base URL, such as {@code http://127.0.0.1:3000}. */
    public URI uri() {
        return URI.create("http://%s:%d".formatted(LOOPBACK, server.getAddress().getPort()));
    }

    @Override
    public void close() {
        server.stop(STOP_GRACE_SECONDS);
        executor.close();
    }
}
