package com.example.orders.localaws.stepfunctions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP endpoint through which the node runner's Task states reach a {@link TaskFunction}:
 * {@code POST /invoke?resource=ARN} with the task input as body. A failure is answered the way
 * Lambda's Invoke answers it, with {@code X-Amz-Function-Error} and an {@code errorType} /
 * {@code errorMessage} body, so the runner can raise it under that name for Retry and Catch.
 */
final class TaskServer implements AutoCloseable {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private final HttpServer server;
    private final ExecutorService handlers;
    private final TaskFunction task;
    private final ObjectMapper json;

    private TaskServer(TaskFunction task, ObjectMapper json) {
        this.task = task;
        this.json = json;
        // Parallel and Map states call tasks concurrently, and tasks may block on I/O.
        this.handlers = Executors.newVirtualThreadPerTaskExecutor();
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot open the task server on the loopback interface", failure);
        }
        server.setExecutor(handlers);
        server.createContext("/invoke", this::invoke);
        server.start();
    }

    static TaskServer start(TaskFunction task, ObjectMapper json) {
        return new TaskServer(task, json);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.close();
    }

    private void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            String resource = resource(exchange.getRequestURI());
            Map<String, Object> input = json.readValue(exchange.getRequestBody(), OBJECT);
            Object body;
            try {
                body = task.invoke(resource, input);
            } catch (Exception failure) {
                exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
                body = error(failure);
            }
            byte[] response = json.writeValueAsBytes(body);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
        }
    }

    private static Map<String, Object> error(Exception failure) {
        var error = new LinkedHashMap<String, Object>();
        error.put("errorType", failure.getClass().getName());
        error.put("errorMessage", failure.getMessage() == null ? "" : failure.getMessage());
        return error;
    }

    private static String resource(URI uri) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("resource=")) {
                return URLDecoder.decode(parameter.substring("resource=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("Task call without a resource: " + uri);
    }
}
