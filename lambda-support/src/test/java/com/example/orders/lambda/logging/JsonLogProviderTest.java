package com.example.orders.lambda.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.example.orders.lambda.LoggingContext;
import com.example.orders.lambda.StandaloneContext;
import com.example.orders.lambda.StandardOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The functions' log lines: Powertools-structured JSON with the keys the Lambda JSON layout gives them. */
class JsonLogProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger OWN = LoggerFactory.getLogger("com.example.orders.order.create.CreateOrderHandler");
    private static final Logger LIBRARY = LoggerFactory.getLogger("software.amazon.awssdk.request");

    /** The JSON lines {@code logging} writes, inside an invocation of order-create-fn under a correlation id. */
    private static List<JsonNode> linesFrom(Consumer<Logger> logging) {
        String output = StandardOutput.capturedFrom(() -> LoggingContext.invocation(StandaloneContext.of("order-create-fn", 512),
                "order-create", () -> LoggingContext.correlated("corr-1", "unused", () -> {
                    logging.accept(OWN);
                    return null;
                })));
        var lines = new ArrayList<JsonNode>();
        output.lines().filter(line -> line.startsWith("{\"level\"")).forEach(line -> {
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        });
        return lines;
    }

    private static List<String> keys(JsonNode line) {
        var keys = new ArrayList<String>();
        line.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void aLineCarriesTheLambdaLayoutsKeysInItsOrder() {
        JsonNode line = linesFrom(log -> log.info("Accepted order {}", "o-1")).getFirst();

        assertThat(keys(line)).containsExactly("level", "message", "cold_start", "function_arn", "function_memory_size",
                "function_name", "function_request_id", "function_version", "service", "timestamp", "correlation_id");
    }

    @Test
    void theLambdaContextIsTypedAsTheLayoutTypesIt() {
        JsonNode line = linesFrom(log -> log.info("Accepted order {}", "o-1")).getFirst();

        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("message").asText()).isEqualTo("Accepted order o-1");
        assertThat(line.path("cold_start").isBoolean()).isTrue();
        assertThat(line.path("function_memory_size").isNumber()).isTrue();
        assertThat(line.path("function_name").asText()).isEqualTo("order-create-fn");
        assertThat(line.path("service").asText()).isEqualTo("order-create");
        assertThat(line.path("correlation_id").asText()).isEqualTo("corr-1");
        assertThat(line.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    }

    @Test
    void structuredArgumentsBecomeFieldsOfTheirOwnAndReadInTheMessage() {
        JsonNode line = linesFrom(log -> log.info("Notification {} {}", entry("orderId", "o-1"), entry("attempt", 2))).getFirst();

        assertThat(line.path("message").asText()).isEqualTo("Notification orderId=o-1 attempt=2");
        assertThat(line.path("orderId").asText()).isEqualTo("o-1");
        assertThat(line.path("attempt").asInt()).isEqualTo(2);
    }

    @Test
    void anErrorCarriesItsMessageClassAndStack() {
        JsonNode line = linesFrom(log -> log.error("Charge failed", new IllegalStateException("timed out"))).getFirst();

        assertThat(line.path("error").path("message").asText()).isEqualTo("timed out");
        assertThat(line.path("error").path("name").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(line.path("error").path("stack").asText()).contains("JsonLogProviderTest");
    }

    @Test
    void ownCodeWritesFromInfoAndLibrariesFromWarn() {
        List<JsonNode> lines = linesFrom(log -> {
            log.debug("not written");
            LIBRARY.info("not written either");
            LIBRARY.warn("written");
        });

        assertThat(lines).extracting(line -> line.path("message").asText()).containsExactly("written");
    }

    @Test
    void outsideAnInvocationTheContextFieldsAreNull() {
        String output = StandardOutput.capturedFrom(() -> {
            OWN.info("starting");
            return null;
        });

        assertThat(output.strip()).startsWith("{\"level\":\"INFO\",\"message\":\"starting\",\"function_arn\":null,"
                + "\"function_name\":null,\"function_request_id\":null,\"function_version\":null,\"service\":null,\"timestamp\":");
    }

    @Test
    void formattingWithoutWritingPrintsNothingButGivesTheLine() {
        var formatted = new ArrayList<String>();
        String output = StandardOutput.capturedFrom(() -> formatted.add(
                JsonLogProvider.formatWithoutWriting(entry("severity", org.slf4j.event.Level.WARN))));
        assertThat(output).isEmpty();
        assertThat(formatted.getFirst()).contains("\"severity\":\"WARN\"");
    }
}
