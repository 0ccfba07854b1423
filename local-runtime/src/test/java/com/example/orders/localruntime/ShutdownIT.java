package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.Eventually;
import com.example.orders.localruntime.invariants.OrderInvariants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a burst, as a person stops bin/local-platform: the platform's own
 * shutdown hook stops intake, lets the functions finish what they hold, writes the last emails to
 * the outbox and stops the emulators last. Started again, it finishes every order and has
 * emailed each status change exactly once, so nothing was cut off half way or lost on the way out.
 */
class ShutdownIT {

    private static final String API_KEY = "shutdown-it-key";
    private static final int ORDERS = 20;

    private static List<String> arguments(Path dataDirectory) {
        return List.of("--port", "0", "--api-key", API_KEY, "--retry-delay", "1", "--data-dir", dataDirectory.toString());
    }

    @Test
    void ctrlCMidBurstStopsInOrderAndLosesNothing(@TempDir Path dataDirectory) {
        List<String> orderIds = new ArrayList<>();
        List<String> console;
        try (var platform = PlatformProcess.start(arguments(dataDirectory), Map.of())) {
            var client = new ContractClient(platform.uri(), API_KEY);
            for (int i = 0; i < ORDERS; i++) {
                var created = client.send(client.postJson("/orders", OrderRequests.oneBook((i % 5 == 0 ? "flaky-" : "cust-") + i)));
                orderIds.add(ContractClient.json(created).path("orderId").asText());
            }
            Eventually.get("the first emails", Duration.ofSeconds(60), platform::output,
                    lines -> lines.stream().anyMatch(line -> line.contains("Email \"")));

            platform.stop();
            console = platform.output();
        }

        assertThat(console.getLast()).as("the shutdown hook ran to its end; the log says:%n%s", logTail(dataDirectory))
                .endsWith("Orders platform stopped.");
        try (var again = LocalPlatform.start(PlatformOptions.parse(arguments(dataDirectory), Map.of()), line -> { })) {
            var counts = new OrderInvariants(again.aws(), again.resources(), dataDirectory.resolve("outbox"), () -> { })
                    .check(orderIds, Duration.ofSeconds(90));
            assertThat(counts.orders()).isEqualTo(ORDERS);
        }
    }

    private static String logTail(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("platform.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return unreadable.toString();
        }
    }
}
