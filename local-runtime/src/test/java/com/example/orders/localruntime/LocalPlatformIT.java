package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform as a developer starts it, driven by the curl commands it prints. */
class LocalPlatformIT {

    private static final String API_KEY = "local-platform-it-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalPlatform platform;
    private static List<String> printedCommands;

    @BeforeAll
    static void start() {
        platform = LocalPlatform.start(PlatformOptions.parse(List.of("--port", "0", "--api-key", API_KEY), Map.of()));
        printedCommands = platform.readyMessage().text().lines()
                .map(String::strip)
                .filter(line -> line.startsWith("curl "))
                .toList();
    }

    @AfterAll
    static void stop() {
        List<String> violations = platform.contractViolations();
        platform.close();
        assertThat(violations).as("answers outside the contract").isEmpty();
    }

    private static String orderIdOf(CurlResult created) throws IOException {
        return JSON.readTree(created.body()).path("orderId").asText();
    }

    @Test
    void it_prints_its_address_and_api_key() {
        assertThat(platform.readyMessage().text())
                .contains(platform.readyMessage().uri().toString())
                .contains(API_KEY);
    }

    @Test
    void it_prints_a_curl_command_for_each_route() {
        assertThat(printedCommands).hasSize(3);
    }

    @Test
    void the_printed_create_command_creates_an_order() {
        CurlResult created = CurlResult.run(printedCommands.get(0));

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void the_printed_get_command_with_the_created_id_returns_that_order() throws IOException {
        String orderId = orderIdOf(CurlResult.run(printedCommands.get(0)));

        CurlResult fetched = CurlResult.run(printedCommands.get(1).replace(ReadyMessage.ORDER_ID_PLACEHOLDER, orderId));

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(orderIdOf(fetched)).isEqualTo(orderId);
    }

    @Test
    void the_printed_list_command_lists_the_created_order() throws IOException {
        String orderId = orderIdOf(CurlResult.run(printedCommands.get(0)));

        CurlResult listed = CurlResult.run(printedCommands.get(2));

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(orderId);
    }
}
