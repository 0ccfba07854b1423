package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.localaws.Eventually;
import com.example.orders.localruntime.events.StreamPipe;
import com.example.orders.localruntime.invariants.OrderInvariants;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform with kept data stopped in the middle of a burst of orders and started again, at once
 * or a day later: every order reaches its final status, none is charged, reserved or notified twice.
 */
class RestartIT {

    private static final String API_KEY = "restart-it-key";
    private static final int ORDERS = 30;
    private static final int FLAKY = 6;

    private static PlatformOptions options(Path dataDirectory) {
        return PlatformOptions.parse(List.of("--port", "0", "--api-key", API_KEY, "--retry-delay", "0",
                "--data-dir", dataDirectory.toString()), Map.of());
    }

    @Test
    void aRestartMidStreamLosesNoOrderAndDoesNothingTwice(@TempDir Path dataDirectory) {
        List<String> orderIds = new ArrayList<>();
        long stockBefore;
        try (var first = LocalPlatform.start(options(dataDirectory))) {
            var client = new ContractClient(first.readyMessage().uri(), API_KEY);
            stockBefore = stock(first);
            for (int i = 0; i < ORDERS; i++) {
                String customer = (i < FLAKY ? "flaky-" : "cust-") + i;
                var created = client.send(client.postJson("/orders", OrderRequests.oneBook(customer)));
                orderIds.add(ContractClient.json(created).path("orderId").asText());
            }
        }

        try (var second = LocalPlatform.start(options(dataDirectory))) {
            var client = new ContractClient(second.readyMessage().uri(), API_KEY);
            Map<String, String> statuses = Eventually.get("every order final", Duration.ofSeconds(90),
                    () -> statuses(client, orderIds), found -> found.values().stream().allMatch(s -> s.equals("COMPLETED")
                            || s.equals("FAILED")));

            assertThat(statuses.values()).as("every order completes, the flaky ones on a retry").containsOnly("COMPLETED");
            assertThat(stock(second)).as("one unit reserved per order").isEqualTo(stockBefore - ORDERS);
            new OrderInvariants(second.aws(), second.resources(), dataDirectory.resolve("outbox"), () -> { })
                    .check(orderIds, Duration.ofSeconds(60));
        }
        assertThat(emailsPerOrderAndSubject(dataDirectory.resolve("outbox")))
                .as("one email per order and status change")
                .hasSize(ORDERS * 2)
                .allSatisfy((orderAndSubject, count) -> assertThat(count).as(orderAndSubject).isEqualTo(1));
    }

    @Test
    void aRestartADayLaterReadsOnPastTheExpiredShardAndLosesNothing(@TempDir Path dataDirectory) {
        List<String> orderIds = new ArrayList<>();
        try (var yesterday = LocalPlatform.start(options(dataDirectory))) {
            var client = new ContractClient(yesterday.readyMessage().uri(), API_KEY);
            for (int i = 0; i < ORDERS / 2; i++) {
                var created = client.send(client.postJson("/orders", OrderRequests.oneBook((i < FLAKY ? "flaky-" : "cust-") + i)));
                orderIds.add(ContractClient.json(created).path("orderId").asText());
            }
        }
        StreamHistory.age(dataDirectory, Duration.ofHours(25));
        var pipeWarnings = new CopyOnWriteArrayList<String>();
        Logger pipeLog = Logger.getLogger(StreamPipe.class.getName());
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                pipeWarnings.add(entry.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        pipeLog.addHandler(recorder);
        try (var today = LocalPlatform.start(options(dataDirectory), line -> { })) {
            var client = new ContractClient(today.readyMessage().uri(), API_KEY);
            for (int i = 0; i < FLAKY; i++) {
                var created = client.send(client.postJson("/orders", OrderRequests.oneBook("today-" + i)));
                orderIds.add(ContractClient.json(created).path("orderId").asText());
            }

            var counts = new OrderInvariants(today.aws(), today.resources(), dataDirectory.resolve("outbox"), () -> { })
                    .check(orderIds, Duration.ofSeconds(90));

            assertThat(counts.orders()).isEqualTo(ORDERS / 2 + FLAKY);
        } finally {
            pipeLog.removeHandler(recorder);
        }
        assertThat(pipeWarnings).as("the day-old shard was trimmed, and the pipes moved on past it")
                .anyMatch(warning -> warning.contains("expired before it was read to its end"));
    }

    private static Map<String, String> statuses(ContractClient client, List<String> orderIds) {
        Map<String, String> statuses = new HashMap<>();
        for (String orderId : orderIds) {
            JsonNode order = ContractClient.json(client.send(client.withKey("/orders/" + orderId)));
            statuses.put(orderId, order.path("status").asText());
        }
        return statuses;
    }

    /** Units of BOOK-0001 left in the platform's inventory. */
    private static long stock(LocalPlatform platform) {
        return new InventoryReservations(platform.aws().dynamoDb(), platform.resources().inventoryTable())
                .available("BOOK-0001").orElseThrow();
    }

    private static Map<String, Integer> emailsPerOrderAndSubject(Path outbox) {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                String orderId = text.lines().filter(line -> line.startsWith("Order: ")).findFirst().orElseThrow().substring(7);
                String subject = text.lines().filter(line -> line.startsWith("Subject: ")).findFirst().orElseThrow();
                counts.merge(orderId + " " + subject, 1, Integer::sum);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return counts;
    }
}
