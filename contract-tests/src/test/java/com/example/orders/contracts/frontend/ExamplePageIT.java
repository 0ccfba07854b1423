package com.example.orders.contracts.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localruntime.LocalPlatform;
import com.example.orders.localruntime.PlatformOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The frontend example as a frontend team uses it: a copy of examples/orders-page installs the
 * npm package this build packed (npm install of the tarball), is served from an origin the local
 * platform allows, and headless Chromium creates, gets and lists orders through it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplePageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "example-page-it-key";
    private static final Path REPO = Path.of(System.getProperty("orders.repoRoot", ".."));
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private Path frontend;

    private Process server;
    private LocalPlatform platform;
    private JsonNode shown;

    @BeforeAll
    void driveThePageInChromium() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium), which .ci/run installs").isExecutable();
        frontend = Files.createTempDirectory("orders-page-");
        copy(REPO.resolve("examples/orders-page"), frontend);
        run(frontend, "npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", tarball().toString());
        int pagePort = freePort();
        String origin = "http://127.0.0.1:" + pagePort;
        platform = LocalPlatform.start(PlatformOptions.parse(List.of("--port", "0", "--api-key", KEY, "--cors-origins", origin),
                Map.of()), line -> { });
        server = new ProcessBuilder("node", "serve.mjs", "--port", Integer.toString(pagePort))
                .directory(frontend.toFile()).redirectErrorStream(true).start();
        // It prints its address once it listens.
        server.inputReader(StandardCharsets.UTF_8).readLine();
        String url = origin + "/?api=" + URLEncoder.encode(platform.readyMessage().uri().toString(), StandardCharsets.UTF_8)
                + "&key=" + KEY;
        JsonNode driven = JSON.readTree(run(REPO, "node", REPO.resolve("contract-tests/src/test/browser/drive-example-page.mjs").toString(), url));
        assertThat(driven.path("console").toString()).as("the page's console").doesNotContain("pageerror");
        shown = driven.path("shown");
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) {
            server.destroy();
        }
        if (frontend != null) {
            try (Stream<Path> files = Files.walk(frontend)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        if (platform != null) {
            List<String> violations = platform.contractViolations();
            platform.close();
            assertThat(violations).as("answers outside the contract").isEmpty();
        }
    }

    @Test
    void thePageCreatesAnOrderThroughThePackage() {
        assertThat(shown.path("created").asText()).startsWith("Created " + shown.path("orderId").asText());
        assertThat(shown.path("orderId").asText()).matches("[0-9a-f-]{36}");
    }

    @Test
    void thePageGetsTheOrderUntilItIsCompleted() {
        assertThat(shown.path("statusLater").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void thePageListsTheCompletedOrder() {
        assertThat(shown.path("listedIds")).extracting(JsonNode::asText).contains(shown.path("orderId").asText());
    }

    @Test
    void thePageShowsWhatTheApiRefusedAndWhy() {
        assertThat(shown.path("refused").asText()).startsWith("400").contains("customer.customerId");
    }

    private static Path tarball() throws IOException {
        try (Stream<Path> files = Files.list(REPO.resolve("contract-tests/target"))) {
            return files.filter(file -> file.getFileName().toString().matches("orders-platform-client-.*\\.tgz")).findFirst()
                    .orElseThrow(() -> new AssertionError("No packed client in contract-tests/target: mvn package packs it"));
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.toString().contains("node_modules")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static String run(Path directory, String... command) {
        try {
            Path errorFile = Files.createTempFile("example-page", ".err");
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
                    .redirectError(errorFile.toFile()).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(3, TimeUnit.MINUTES);
            String errors = Files.readString(errorFile);
            Files.delete(errorFile);
            assertThat(finished && process.exitValue() == 0)
                    .as(String.join(" ", command) + " failed:\n" + output + errors).isTrue();
            return output;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
