package com.example.orders.localruntime;

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
    void an_insert_of_a_pending_order_matches_the_new_order_filter() {
        assertThat(NEW_ORDERS.matches(json("""
                {"eventName":"INSERT","dynamodb":{"NewImage":{"orderId":{"S":"o-1"},"status":{"S":"PENDING"}}}}"""))).isTrue();
    }

    @Test
    void a_status_change_does_not_match_the_new_order_filter() {
        assertThat(NEW_ORDERS.matches(json("""
                {"eventName":"MODIFY","dynamodb":{"NewImage":{"status":{"S":"PROCESSING"}},"OldImage":{"status":{"S":"PENDING"}}}}"""))).isFalse();
    }

    @Test
    void an_insert_in_another_status_does_not_match_the_new_order_filter() {
        assertThat(NEW_ORDERS.matches(json("""
                {"eventName":"INSERT","dynamodb":{"NewImage":{"status":{"S":"COMPLETED"}}}}"""))).isFalse();
    }

    @Test
    void a_field_the_pattern_names_must_be_present() {
        assertThat(NEW_ORDERS.matches(json("""
                {"eventName":"REMOVE","dynamodb":{"OldImage":{"status":{"S":"PENDING"}}}}"""))).isFalse();
    }

    @Test
    void any_of_the_listed_values_matches() {
        var pattern = new EventPattern(json("{\"eventName\":[\"INSERT\",\"MODIFY\"]}"));

        assertThat(pattern.matches(json("{\"eventName\":\"MODIFY\"}"))).isTrue();
    }

    @Test
    void an_array_in_the_event_matches_when_any_element_does() {
        var pattern = new EventPattern(json("{\"tags\":[\"urgent\"]}"));

        assertThat(pattern.matches(json("{\"tags\":[\"slow\",\"urgent\"]}"))).isTrue();
    }

    @Test
    void numbers_match_by_value() {
        var pattern = new EventPattern(json("{\"size\":[5]}"));

        assertThat(pattern.matches(json("{\"size\":5.0}"))).isTrue();
    }

    @Test
    void fields_the_pattern_does_not_name_are_ignored() {
        var pattern = new EventPattern(json("{\"a\":{\"b\":[\"x\"]}}"));

        assertThat(pattern.matches(json("{\"a\":{\"b\":\"x\",\"c\":\"y\"},\"d\":1}"))).isTrue();
    }

    @Test
    void an_object_in_the_pattern_does_not_match_a_value_in_the_event() {
        var pattern = new EventPattern(json("{\"a\":{\"b\":[\"x\"]}}"));

        assertThat(pattern.matches(json("{\"a\":\"x\"}"))).isFalse();
    }

    @Test
    void content_filters_are_refused_when_the_pattern_is_read() {
        assertThatThrownBy(() -> new EventPattern(json("{\"status\":[{\"prefix\":\"PEN\"}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.status");
    }
}
