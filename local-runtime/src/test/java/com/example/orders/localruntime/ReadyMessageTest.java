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
            Path.of("/tmp/outbox"), new RedriveCommand("arn:aws:sqs:us-east-1:000000000000:order-processing-dlq",
                    URI.create("http://127.0.0.1:9324"), "us-east-1"), Duration.ofSeconds(2));

    @Test
    void the_create_command_posts_the_example_order_as_json_with_the_key() {
        assertThat(message.curlCommands().get(0)).isEqualTo(
                "curl -i -X POST 'http://127.0.0.1:3000/orders' -H 'x-api-key: key-123'"
                        + " -H 'Content-Type: application/json' -d '{\"name\":\"Ada'\\''s pen\"}'");
    }

    @Test
    void the_get_command_has_a_placeholder_for_the_order_id() {
        assertThat(message.curlCommands().get(1))
                .isEqualTo("curl -i 'http://127.0.0.1:3000/orders/{orderId}' -H 'x-api-key: key-123'");
    }

    @Test
    void the_text_states_the_startup_time() {
        assertThat(message.text()).startsWith("Orders platform ready in 4.2 s");
    }
}
