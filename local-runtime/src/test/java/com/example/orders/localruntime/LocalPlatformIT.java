package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.localaws.Eventually;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Quick start, as a developer follows it: the platform's printed commands, pasted as they are
 * into bash one after the other, do what the banner says each does.
 */
class LocalPlatformIT {

    private static final String API_KEY = "local-platform-it-key";

    private static LocalPlatform platform;
    private static List<String> printedCommands;
    private static final List<String> CONSOLE = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        platform = LocalPlatform.start(PlatformOptions.parse(List.of("--port", "0", "--api-key", API_KEY), Map.of()), CONSOLE::add);
        printedCommands = platform.readyMessage().text().lines()
                .filter(line -> line.startsWith("curl ") || line.startsWith(ReadyMessage.ORDER_ID_VARIABLE + "=$(curl "))
                .toList();
    }

    @AfterAll
    static void stop() {
        List<String> violations = platform.contractViolations();
        platform.close();
        assertThat(violations).as("answers outside the contract").isEmpty();
    }

    @Test
    void itPrintsItsAddressAndApiKey() {
        assertThat(platform.readyMessage().text())
                .contains(platform.readyMessage().uri().toString())
                .contains(API_KEY);
    }

    /** Found before any emulator starts, so the answer comes at once. */
    @Test
    void aBusyPortIsRefusedInOneSentenceNamingThePortOption() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var options = PlatformOptions.parse(List.of("--port", Integer.toString(taken.getLocalPort())), Map.of());

            assertThatThrownBy(() -> LocalPlatform.start(options))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("--port N");
        }
    }

    @Test
    void itPrintsACommandForEachRoute() {
        assertThat(printedCommands).hasSize(3);
    }

    @Test
    void theFirstCommandCreatesAnOrderAndKeepsItsId() {
        var session = PrintedCommands.run(printedCommands.subList(0, 1), null);

        assertThat(PrintedCommands.status(session.errors())).isEqualTo(201);
        assertThat(session.orderId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void theSecondCommandPastedAfterTheFirstGetsThatOrder() {
        var session = PrintedCommands.run(printedCommands.subList(0, 2), null);

        assertThat(PrintedCommands.status(session.output())).isEqualTo(200);
        assertThat(session.output()).contains("\"orderId\":\"" + session.orderId() + "\"");
    }

    @Test
    void theThirdCommandListsTheOrderOnceItIsCompleted() {
        String orderId = PrintedCommands.run(printedCommands.subList(0, 1), null).orderId();

        String listed = Eventually.get("the order among the COMPLETED ones", Duration.ofSeconds(20),
                () -> PrintedCommands.run(printedCommands.subList(2, 3), null).output(),
                output -> output.contains(orderId));

        assertThat(PrintedCommands.status(listed)).isEqualTo(200);
    }

    @Test
    void theConsoleShowsTheOrderMovingOn() {
        String orderId = PrintedCommands.run(printedCommands.subList(0, 1), null).orderId();

        Eventually.get("the order's status lines", Duration.ofSeconds(20), () -> List.copyOf(CONSOLE),
                lines -> lines.contains("order " + orderId + " PROCESSING -> COMPLETED"));
        assertThat(CONSOLE).contains("order " + orderId + " PENDING -> PROCESSING");
    }
}
