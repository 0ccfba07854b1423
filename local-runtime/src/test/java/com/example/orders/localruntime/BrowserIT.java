package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.gateway.ContractChecks;
import com.example.orders.localruntime.gateway.GatewaySettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API as a browser meets it: a page on an allowed origin, in headless Chromium, calls the
 * local gateway in front of the real functions, through real CORS preflights, and reads what a
 * frontend needs of the responses.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    private static final String KEY = "browser-it-key-0123456789";
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("orders.repoRoot", ".."))
            .resolve("local-runtime/src/test/browser/drive-page.mjs");

    private final ContractChecks contractChecks = new ContractChecks(ContractClient.CONTRACT);
    private HttpServer pages;
    private AutoCloseable gateway;
    private JsonNode results;

    @BeforeAll
    void openThePageInChromium(LocalAws aws, PlatformResources resources) throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium), which .ci/run installs").isExecutable();
        pages = servePage();
        String origin = "http://127.0.0.1:" + pages.getAddress().getPort();
        // A usage plan of three requests, so the page meets the throttle.
        var api = LocalApi.start(aws, resources, new GatewaySettings(0, Set.of(KEY)), origin, Optional.of("1"), Optional.of("3"),
                Optional.of(contractChecks));
        gateway = api;
        String url = origin + "/edge.html?api=" + URLEncoder.encode(api.uri().toString(), StandardCharsets.UTF_8) + "&key=" + KEY;
        results = drive(url).path("results");
    }

    @AfterAll
    void close() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (pages != null) {
            pages.stop(0);
        }
    }

    @Test
    void everyResponseTheBrowserGotIsOneTheContractDocuments() {
        assertThat(contractChecks.violations()).isEmpty();
    }

    @Test
    void aBrowserCreatesAnOrderAndReadsItsLocation() {
        assertThat(results.path("error").isMissingNode()).as(results.toString()).isTrue();
        assertThat(results.path("createStatus").asInt()).isEqualTo(201);
        assertThat(results.path("location").asText()).matches("/orders/[0-9a-f-]{36}");
    }

    @Test
    void aBrowserReadsTheCorrelationIdOfAResponse() {
        assertThat(results.path("correlationId").asText()).isNotBlank();
    }

    @Test
    void aBrowserReadsRetryAfterFromA429Problem() {
        assertThat(results.path("throttledStatus").asInt()).as(results.toString()).isEqualTo(429);
        assertThat(results.path("retryAfter").asInt()).isPositive();
        assertThat(results.path("problemType").asText()).endsWith("/too-many-requests");
    }

    /** The test page, on a port of its own: another origin than the API's. */
    private static HttpServer servePage() throws IOException {
        byte[] page;
        try (InputStream resource = BrowserIT.class.getResourceAsStream("/browser/edge.html")) {
            page = resource.readAllBytes();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/edge.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static JsonNode drive(String url) throws Exception {
        Process node = new ProcessBuilder("node", DRIVER.toString(), url, "60").redirectErrorStream(false).start();
        node.getOutputStream().close();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(90, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError("Chromium did not finish with the page");
        }
        assertThat(node.exitValue()).as("drive-page.mjs: %s%s", output, errors).isZero();
        try {
            return new ObjectMapper().readTree(output);
        } catch (IOException notJson) {
            throw new UncheckedIOException(output + errors, notJson);
        }
    }
}
