package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformDataDirectoryIT {

    private static final String API_KEY = "data-directory-it-key";

    private static PlatformOptions options(Path dataDirectory) {
        return PlatformOptions.parse(
                List.of("--port", "0", "--api-key", API_KEY, "--data-dir", dataDirectory.toString()), Map.of());
    }

    @Test
    void with_a_data_directory_an_order_outlives_a_restart(@TempDir Path dataDirectory) throws IOException {
        String orderId;
        try (var first = LocalPlatform.start(options(dataDirectory))) {
            CurlResult created = CurlResult.run(first.readyMessage().curlCommands().get(0));
            orderId = new ObjectMapper().readTree(created.body()).path("orderId").asText();
        }

        try (var second = LocalPlatform.start(options(dataDirectory))) {
            CurlResult fetched = CurlResult.run(
                    second.readyMessage().curlCommands().get(1).replace(ReadyMessage.ORDER_ID_PLACEHOLDER, orderId));

            assertThat(fetched.status()).isEqualTo(200);
        }
    }
}
