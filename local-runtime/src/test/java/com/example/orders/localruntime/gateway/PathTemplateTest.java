package com.example.orders.localruntime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    private final PathTemplate order = PathTemplate.of("/orders/{orderId}");

    @Test
    void a_literal_template_matches_its_path_with_no_parameters() {
        assertThat(PathTemplate.of("/orders").match("/orders")).hasValue(Map.of());
    }

    @Test
    void a_parameter_segment_captures_its_value() {
        assertThat(order.match("/orders/abc-123")).hasValue(Map.of("orderId", "abc-123"));
    }

    @Test
    void a_captured_value_is_percent_decoded_and_keeps_plus_signs() {
        assertThat(order.match("/orders/a%20b+c")).hasValue(Map.of("orderId", "a b+c"));
    }

    @Test
    void a_parameter_matches_one_segment_only() {
        assertThat(order.match("/orders/a/b")).isEmpty();
    }

    @Test
    void an_empty_parameter_does_not_match() {
        assertThat(order.match("/orders/")).isEmpty();
    }

    @Test
    void a_trailing_slash_does_not_match_a_literal_template() {
        assertThat(PathTemplate.of("/orders").match("/orders/")).isEmpty();
    }
}
