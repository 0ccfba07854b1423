package com.example.orders.localruntime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    private final PathTemplate order = PathTemplate.of("/orders/{orderId}");

    @Test
    void aLiteralTemplateMatchesItsPathWithNoParameters() {
        assertThat(PathTemplate.of("/orders").match("/orders")).hasValue(Map.of());
    }

    @Test
    void aParameterSegmentCapturesItsValue() {
        assertThat(order.match("/orders/abc-123")).hasValue(Map.of("orderId", "abc-123"));
    }

    @Test
    void aCapturedValueIsPercentDecodedAndKeepsPlusSigns() {
        assertThat(order.match("/orders/a%20b+c")).hasValue(Map.of("orderId", "a b+c"));
    }

    @Test
    void aParameterMatchesOneSegmentOnly() {
        assertThat(order.match("/orders/a/b")).isEmpty();
    }

    @Test
    void anEmptyParameterDoesNotMatch() {
        assertThat(order.match("/orders/")).isEmpty();
    }

    @Test
    void aTrailingSlashDoesNotMatchALiteralTemplate() {
        assertThat(PathTemplate.of("/orders").match("/orders/")).isEmpty();
    }
}
