package com.example.orders.localruntime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InputTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InputTemplate PROCESSING_MESSAGE = InputTemplate.resource("pipe/processing-message-template.json");

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void theProcessingMessageTemplateNamesTheNewOrder() {
        String rendered = PROCESSING_MESSAGE.render(json("""
                {"dynamodb":{"NewImage":{"orderId":{"S":"o-1"},"createdAt":{"S":"2026-01-02T03:04:05.678Z"},
                 "correlationId":{"S":"c-9"},"status":{"S":"PENDING"}}}}"""));

        assertThat(json(rendered)).isEqualTo(json("""
                {"orderId":"o-1","createdAt":"2026-01-02T03:04:05.678Z","correlationId":"c-9"}"""));
    }

    @Test
    void aStringValueIsEscapedIntoItsQuotes() {
        var template = new InputTemplate("{\"name\":\"<$.name>\"}");

        assertThat(json(template.render(json("{\"name\":\"say \\\"hi\\\"\"}"))).path("name").asText()).isEqualTo("say \"hi\"");
    }

    @Test
    void anObjectValueIsWrittenAsJson() {
        var template = new InputTemplate("{\"image\":<$.image>}");

        assertThat(template.render(json("{\"image\":{\"a\":1}}"))).isEqualTo("{\"image\":{\"a\":1}}");
    }

    @Test
    void aPathThatDoesNotResolveRendersAsNothing() {
        var template = new InputTemplate("{\"correlationId\":\"<$.missing.S>\"}");

        assertThat(template.render(json("{}"))).isEqualTo("{\"correlationId\":\"\"}");
    }
}
