package com.example.orders.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.validation.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ProcessingMessageJson against the object mapper it stands in for: the same record, or the same refusal. */
class ProcessingMessageJsonTest {

    private static final String MESSAGE = """
            {"orderId":"0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10","createdAt":"2026-11-24T10:15:30.123Z","correlationId":"web-1"}""";

    static Stream<String> acceptedBodies() {
        return Stream.of(MESSAGE, ApiJson.write(new ProcessingMessage("o-1", "2026-11-24T10:15:30.123Z", null)),
                "{\"correlationId\":\"\\u00e9 😀\",\"createdAt\":\"c\",\"orderId\":\"o\"}", " {} ");
    }

    static Stream<String> otherBodies() {
        return Stream.of(null, "", "null", "[]", "{", MESSAGE + "{}", MESSAGE.replace("\"web-1\"", "null"),
                MESSAGE.replace("\"web-1\"", "1"), MESSAGE.replace("\"web-1\"", "\"a\\ud800\""),
                MESSAGE.replace("{\"orderId\"", "{\"colour\":\"red\",\"orderId\""),
                MESSAGE.replace("{\"orderId\"", "{\"orderId\":\"x\",\"orderId\""));
    }

    private static Object outcome(String body, Function<String, Object> read) {
        try {
            return read.apply(body);
        } catch (InvalidRequestException refused) {
            return refused.violations();
        }
    }

    @ParameterizedTest
    @MethodSource("acceptedBodies")
    void readsAnAcceptedBodyStraightIntoTheRecordTheObjectMapperReads(String body) {
        assertThat(ProcessingMessageJson.straight(body)).contains(ApiJson.read(body, ProcessingMessage.class));
    }

    @ParameterizedTest
    @MethodSource("otherBodies")
    void answersAnyOtherBodyAsTheObjectMapperDoes(String body) {
        assertThat(outcome(body, ProcessingMessageJson::read))
                .isEqualTo(outcome(body, text -> ApiJson.read(text, ProcessingMessage.class)));
    }

    @Test
    void readsEveryFieldOfTheMessagesSchema() throws IOException {
        Set<String> named = new HashSet<>();
        try (InputStream schema = getClass().getResourceAsStream("/events/order-processing-message.schema.json")) {
            JsonNode properties = ApiJson.mapper().readTree(schema).path("properties");
            properties.fieldNames().forEachRemaining(named::add);
        }
        String every = ApiJson.write(new ProcessingMessage("o", "c", "r"));
        assertThat(Arrays.stream(ProcessingMessage.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyInAnyOrderElementsOf(named);
        assertThat(ProcessingMessageJson.straight(every)).contains(new ProcessingMessage("o", "c", "r"));
    }
}
