package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --data-dir, what the platform keeps outlives it. */
class LocalPlatformDataDirectoryIT {

    private static final String API_KEY = "data-directory-it-key";

    private static PlatformOptions options(Path dataDirectory) {
        return PlatformOptions.parse(
                List.of("--port", "0", "--api-key", API_KEY, "--data-dir", dataDirectory.toString()), Map.of());
    }

    @Test
    void anOrderOutlivesARestart(@TempDir Path dataDirectory) {
        String orderId;
        try (var first = LocalPlatform.start(options(dataDirectory))) {
            orderId = PrintedCommands.run(first.readyMessage().commands().subList(0, 1), null).orderId();
        }

        try (var second = LocalPlatform.start(options(dataDirectory))) {
            var fetched = PrintedCommands.run(second.readyMessage().commands().subList(1, 2), orderId);

            assertThat(PrintedCommands.status(fetched.output())).isEqualTo(200);
        }
    }
}
