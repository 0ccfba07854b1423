package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadyMessageTest {

    private final ReadyMessage message = new ReadyMessage(URI.create("http://127.0.0.1:3000"), "key-123",
            "http://localhost:5173", Optional.empty(), Duration.ofMillis(4200), "{\"name\":\"Ada's pen\"}",
            Path.of("/tmp/outbox"), Path.of("/tmp/platform.log"));

    @Test
    void theCreateCommandPostsTheExampleOrderAsJsonWithTheKeyAndKeepsTheIdFromItsLocation() {
        assertThat(message.commands().get(0)).isEqualTo(
                "order_id=$(curl -si -X POST 'http://127.0.0.1:3000/orders' -H 'x-api-key: key-123'"
                        + " -H 'Content-Type: application/json' -d '{\"name\":\"Ada'\\''s pen\"}'"
                        + " | tee /dev/stderr | sed -n 's|^[Ll]ocation: .*/orders/\\([0-9a-f-]*\\).*|\\1|p')");
    }

    @Test
    void theGetCommandReadsTheIdTheCreateCommandKept() {
        assertThat(message.commands().get(1)).isEqualTo("curl -i \"http://127.0.0.1:3000/orders/$order_id\" -H 'x-api-key: key-123'");
    }

    @Test
    void theTextStatesTheStartupTime() {
        assertThat(message.text()).startsWith("Orders platform ready in 4.2 s");
    }

    @Test
    void theTextNamesTheLog() {
        assertThat(message.text()).contains("/tmp/platform.log");
    }
}
