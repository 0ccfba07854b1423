package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.Eventually;
import com.example.orders.localruntime.invariants.OrderInvariants;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * moto dying under a running platform: the platform hears of it at once, instead of sending every
 * later notification to a dead port, and stops; started again on its data, it finishes every
 * order and announces each status change once, including those whose notifications were in
 * flight or not yet collected when moto died.
 */
class EmulatorFailureIT {

    private static final String API_KEY = "emulator-failure-it-key";
    private static final int ORDERS = 24;

    /** The platform's own moto, told from any other in this JVM (the other tests' shared one) by its port. */
    private static ProcessHandle motoOf(LocalPlatform platform) {
        String port = Integer.toString(platform.aws().endpoint(AwsService.SNS).getPort());
        return ProcessHandle.current().descendants()
                .filter(child -> {
                    List<String> arguments = child.info().arguments().map(List::of).orElse(List.of());
                    int flag = arguments.indexOf("-p");
                    return arguments.stream().anyMatch(argument -> argument.contains("moto.server"))
                            && flag >= 0 && flag + 1 < arguments.size() && arguments.get(flag + 1).equals(port);
                })
                .findFirst().orElseThrow(() -> new AssertionError("no moto_server on port " + port + " among this JVM's children"));
    }

    /** Kept data, and Lambda's and the queue's retries two seconds apart: the restart comes before they run out. */
    private static PlatformOptions options(Path dataDirectory) {
        return PlatformOptions.parse(List.of("--port", "0", "--api-key", API_KEY, "--retry-delay", "2",
                "--data-dir", dataDirectory.toString()), Map.of());
    }

    /** Plain orders, a few that fail their first charge and a few that never pass it. */
    private static String customer(int index) {
        return switch (index % 6) {
            case 0 -> "flaky-" + index;
            case 1 -> "poison-" + index;
            default -> "cust-" + index;
        };
    }

    @Test
    void aMotoKilledMidStreamLosesNoNotificationOnceThePlatformIsStartedAgain(@TempDir Path dataDirectory) {
        List<String> orderIds = new ArrayList<>();
        try (var first = LocalPlatform.start(options(dataDirectory), line -> { })) {
            var client = new ContractClient(first.readyMessage().uri(), API_KEY);
            for (int i = 0; i < ORDERS; i++) {
                var created = client.send(client.postJson("/orders", OrderRequests.oneBook(customer(i))));
                orderIds.add(ContractClient.json(created).path("orderId").asText());
            }
            Eventually.get("some emails sent", Duration.ofSeconds(60), () -> first.aws().sentEmails().size(), sent -> sent >= 8);

            motoOf(first).destroyForcibly();

            assertThat(first.emulatorFailure()).succeedsWithin(Duration.ofSeconds(10));
        }

        try (var second = LocalPlatform.start(options(dataDirectory), line -> { })) {
            var counts = new OrderInvariants(second.aws(), second.resources(), dataDirectory.resolve("outbox"), () -> { })
                    .check(orderIds, Duration.ofSeconds(120));

            assertThat(counts.orders()).isEqualTo(ORDERS);
        }
    }

    @Test
    void aMotoThatDiesStopsThePlatformWithAMessageNamingIt() {
        try (var platform = LocalPlatform.start(PlatformOptions.parse(List.of("--port", "0"), Map.of()), line -> { })) {
            motoOf(platform).destroyForcibly();

            assertThat(platform.emulatorFailure()).succeedsWithin(Duration.ofSeconds(10)).asString()
                    .contains("moto_server (SNS and SES) exited unexpectedly");
        }
    }
}
