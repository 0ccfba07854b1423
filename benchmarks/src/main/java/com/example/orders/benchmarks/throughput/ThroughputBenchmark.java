package com.example.orders.benchmarks.throughput;

import com.example.orders.benchmarks.report.MarkdownTable;
import com.example.orders.benchmarks.report.Percentiles;
import com.example.orders.core.http.ApiJson;
import com.example.orders.localaws.Eventually;
import com.example.orders.localruntime.LocalPlatform;
import com.example.orders.localruntime.PlatformOptions;
import com.example.orders.localruntime.invariants.OrderInvariants;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Orders end to end on the local platform: {@code concurrency} clients submit the contract's
 * example order through the gateway, and every order is followed through the stream, the
 * queue, the processor and the topic to its final status. The usage plan is lifted so that the
 * platform, not the throttle, sets the pace. One machine runs the clients, the emulators and the
 * functions: the figures compare builds of the platform, they are not AWS's capacity.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    /**
     * {@code orders} orders from {@code concurrency} clients through a local platform whose
     * functions each run in up to {@code functionConcurrency} execution environments.
     */
    public static ThroughputResult run(int orders, int concurrency, int functionConcurrency, Duration deadline,
            Consumer<String> progress) {
        String apiKey = "benchmark-" + UUID.randomUUID();
        var options = PlatformOptions.parse(List.of("--port", "0", "--api-key", apiKey,
                "--rate-limit", "100000", "--burst-limit", "100000", "--concurrency", Integer.toString(functionConcurrency)),
                Map.of());
        try (LocalPlatform platform = LocalPlatform.start(options, line -> { });
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            var api = new OrdersApi(http, platform.readyMessage().uri(), apiKey);
            String order = platform.readyMessage().exampleOrder();
            progress.accept("throughput: submitting %d orders, %d at a time".formatted(orders, concurrency));

            List<Long> createNanos = Collections.synchronizedList(new ArrayList<>());
            List<String> orderIds = Collections.synchronizedList(new ArrayList<>());
            Instant submitting = Instant.now();
            var slots = new Semaphore(concurrency);
            try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
                var submissions = new ArrayList<Future<?>>();
                for (int i = 0; i < orders; i++) {
                    submissions.add(clients.submit(() -> {
                        slots.acquireUninterruptibly();
                        try {
                            long started = System.nanoTime();
                            String orderId = api.create(order);
                            createNanos.add(System.nanoTime() - started);
                            orderIds.add(orderId);
                        } finally {
                            slots.release();
                        }
                    }));
                }
                for (Future<?> submission : submissions) {
                    submission.get();
                }
            } catch (ExecutionException failed) {
                throw new IllegalStateException("Submitting an order failed: " + failed.getCause().getMessage(), failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while submitting orders", interrupted);
            }
            Duration submitted = Duration.between(submitting, Instant.now());
            progress.accept("throughput: %d orders accepted in %d ms; following them to their final status"
                    .formatted(orders, submitted.toMillis()));
            ThroughputResult result = finalStatuses(api, orderIds, deadline, orders, concurrency, functionConcurrency,
                    List.copyOf(createNanos), submitted);
            // A fast run that loses, repeats or double-charges orders is no result: the invariants first.
            var invariants = new OrderInvariants(platform.aws(), platform.resources(), platform.readyMessage().outbox(), () -> { })
                    .check(orderIds, deadline);
            progress.accept("throughput: invariants hold: " + invariants);
            return result.withInvariants(invariants);
        }
    }

    private static ThroughputResult finalStatuses(OrdersApi api, List<String> orderIds, Duration deadline, int orders,
            int concurrency, int functionConcurrency, List<Long> createNanos, Duration submitted) {
        var pending = new ArrayList<>(orderIds);
        var finished = new LinkedHashMap<String, JsonNode>();
        // Each read is one sweep over the orders still pending; it moves the final ones out.
        Eventually.get("every order in its final status", deadline, () -> {
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                String orderId = iterator.next();
                JsonNode current = api.get(orderId);
                String status = current.path("status").asText();
                if (status.equals("COMPLETED") || status.equals("FAILED")) {
                    finished.put(orderId, current);
                    iterator.remove();
                }
            }
            return pending.size() + " of " + orders + " pending";
        }, sweep -> pending.isEmpty());
        var endToEnd = new ArrayList<Long>();
        Instant firstCreated = Instant.MAX;
        Instant lastUpdated = Instant.MIN;
        int completed = 0;
        for (JsonNode order : finished.values()) {
            Instant created = Instant.parse(order.path("createdAt").asText());
            Instant updated = Instant.parse(order.path("updatedAt").asText());
            endToEnd.add(Duration.between(created, updated).toNanos());
            firstCreated = created.isBefore(firstCreated) ? created : firstCreated;
            lastUpdated = updated.isAfter(lastUpdated) ? updated : lastUpdated;
            completed += order.path("status").asText().equals("COMPLETED") ? 1 : 0;
        }
        return new ThroughputResult(orders, concurrency, functionConcurrency, createNanos, submitted, List.copyOf(endToEnd), completed,
                finished.size() - completed, Duration.between(firstCreated, lastUpdated), null);
    }

    public static String report(ThroughputResult result) {
        String rates = new MarkdownTable("orders", "clients", "environments per function", "accepted/s", "finished/s",
                "completed", "failed")
                .row(Integer.toString(result.orders()), Integer.toString(result.concurrency()),
                        Integer.toString(result.functionConcurrency()),
                        "%.1f".formatted(result.acceptedPerSecond()), "%.1f".formatted(result.finishedPerSecond()),
                        Integer.toString(result.completed()), Integer.toString(result.failed()))
                .render();
        String latencies = MarkdownTable.withPercentiles("measure")
                .row(List.of("POST /orders (client)"), Percentiles.ofNanos(result.createNanos()))
                .row(List.of("created to final status"), Percentiles.ofNanos(result.endToEndNanos()))
                .render();
        return rates + "\n" + latencies + "\nInvariants hold: " + result.invariants() + "\n";
    }

    /** The two calls the benchmark makes, with the key and the checks. */
    private record OrdersApi(HttpClient http, URI base, String apiKey) {

        String create(String order) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("orders"))
                    .header("x-api-key", apiKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(order)));
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST /orders answered " + response.statusCode() + ": " + response.body());
            }
            return read(response.body()).path("orderId").asText();
        }

        JsonNode get(String orderId) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("orders/" + orderId))
                    .header("x-api-key", apiKey).GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /orders/" + orderId + " answered " + response.statusCode() + ": " + response.body());
            }
            return read(response.body());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", interrupted);
            }
        }

        private static JsonNode read(String body) {
            try {
                return ApiJson.mapper().readTree(body);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
