package com.example.orders.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private static final CorsPolicy POLICY = CorsPolicy.fromSetting("https://shop.example.com, http://localhost:5173");

    @Test
    void configuredOriginIsEchoed() {
        assertThat(POLICY.responseHeaders("http://localhost:5173"))
                .containsEntry("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    @Test
    void otherOriginGetsNoAllowOrigin() {
        assertThat(POLICY.responseHeaders("https://evil.example.com")).doesNotContainKey("Access-Control-Allow-Origin");
    }

    @Test
    void preflightAllowsTheApiKeyAndIdempotencyHeaders() {
        assertThat(POLICY.preflightHeaders("https://shop.example.com").get("Access-Control-Allow-Headers"))
                .contains("X-Api-Key", "Idempotency-Key");
    }

    @Test
    void emptySettingAllowsNoOrigin() {
        assertThat(CorsPolicy.fromSetting("").allows("https://shop.example.com")).isFalse();
    }
}
