package com.example.orders.localruntime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EventPatternTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventPattern NEW_ORDERS = EventPattern.resource("pipe/new-order-filter.json");

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void anInsertOfAPendingOrderMatchesTheNewOrderFilter() {
        assertThat(NEW_ORDERS.matches(json("""
                {"eventName":"INSERT","dynamodb":{"NewImage":{"orderId":{"S":"o-1"},"status":{"S":"PENDING"}}}}"""))).isTrue();
    }

    @Test
    void aStatusChangeDoesNotMatchTheNewOrderFilter() {
        assertThat(NEW_ORDERS.matches(json("""
                {"eventName":"MODIFY","dynamodb":{"NewImage":{"status":{"S":"PROCESSING"}},"OldImage":{"status":{"S":"PENDING"}}}}"""))).isFalse();
    }

    @Test
    void anInsertInAnotherStatusDoesNotMatchTheNewOrderFilter() {
        assertThat(NEW_ORDERS.matches(json("""
                {"eventName":"INSERT","dynamodb":{"NewImage":{"status":{"S":"COMPLETED"}}}}"""))).isFalse();
    }

    @Test
    void aFieldThePatternNamesMustBePresent() {
        assertThat(NEW_ORDERS.matches(json("""
                {"eventName":"REMOVE","dynamodb":{"OldImage":{"status":{"S":"PENDING"}}}}"""))).isFalse();
    }

    @Test
    void anyOfTheListedValuesMatches() {
        var pattern = new EventPattern(json("{\"eventName\":[\"INSERT\",\"MODIFY\"]}"));

        assertThat(pattern.matches(json("{\"eventName\":\"MODIFY\"}"))).isTrue();
    }

    @Test
    void anArrayInTheEventMatchesWhenAnyElementDoes() {
        var pattern = new EventPattern(json("{\"tags\":[\"urgent\"]}"));

        assertThat(pattern.matches(json("{\"tags\":[\"slow\",\"urgent\"]}"))).isTrue();
    }

    @Test
    void numbersMatchByValue() {
        var pattern = new EventPattern(json("{\"size\":[5]}"));

        assertThat(pattern.matches(json("{\"size\":5.0}"))).isTrue();
    }

    @Test
    void fieldsThePatternDoesNotNameAreIgnored() {
        var pattern = new EventPattern(json("{\"a\":{\"b\":[\"x\"]}}"));

        assertThat(pattern.matches(json("{\"a\":{\"b\":\"x\",\"c\":\"y\"},\"d\":1}"))).isTrue();
    }

    @Test
    void anObjectInThePatternDoesNotMatchAValueInTheEvent() {
        var pattern = new EventPattern(json("{\"a\":{\"b\":[\"x\"]}}"));

        assertThat(pattern.matches(json("{\"a\":\"x\"}"))).isFalse();
    }

    @Test
    void contentFiltersAreRefusedWhenThePatternIsRead() {
        assertThatThrownBy(() -> new EventPattern(json("{\"status\":[{\"prefix\":\"PEN\"}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.status");
    }
}
