package com.example.orders.localruntime;

import static com.example.orders.localruntime.RunningGateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.http.CorsPolicy;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewayLimitsTest {

    private static final int SMALL_LIMIT = 1024;
    private static final String OTHER_KEY = "test-key-second-caller";

    private static GatewaySettings settings(UsagePlan plan, PayloadLimit limit) {
        return new GatewaySettings(0, Set.of(RunningGateway.API_KEY, OTHER_KEY), plan,
                CorsPolicy.fromSetting(RunningGateway.ALLOWED_ORIGIN), limit);
    }

    private static String bodyOf(int bytes) {
        return "{\"padding\":\"" + "x".repeat(bytes - 14) + "\"}";
    }

    @Test
    void a_body_over_the_limit_with_a_content_length_is_a_413_problem() {
        try (var gateway = RunningGateway.start(settings(UsagePlan.DEFAULT, new PayloadLimit(SMALL_LIMIT)), new RecordingFunction())) {
            var response = gateway.send(gateway.postJson("/orders", bodyOf(SMALL_LIMIT + 1)));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).path("type").asText()).endsWith("/payload-too-large");
        }
    }

    @Test
    void a_413_closes_the_connection_so_clients_do_not_reuse_it_with_the_body_unread() {
        try (var gateway = RunningGateway.start(settings(UsagePlan.DEFAULT, new PayloadLimit(SMALL_LIMIT)), new RecordingFunction())) {
            var response = gateway.send(gateway.postJson("/orders", bodyOf(SMALL_LIMIT * 100)));

            assertThat(response.headers().firstValue("Connection")).hasValue("close");
        }
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_413_problem() {
        try (var gateway = RunningGateway.start(settings(UsagePlan.DEFAULT, new PayloadLimit(SMALL_LIMIT)), new RecordingFunction())) {
            byte[] body = bodyOf(SMALL_LIMIT + 1).getBytes();
            var response = gateway.send(gateway.withKey("/orders")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

            assertThat(response.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void a_body_of_exactly_the_limit_gets_past_the_limit() {
        try (var gateway = RunningGateway.start(settings(UsagePlan.DEFAULT, new PayloadLimit(SMALL_LIMIT)), new RecordingFunction())) {
            var response = gateway.send(gateway.postJson("/orders", bodyOf(SMALL_LIMIT)));

            // It reaches validation, which refuses the padding field.
            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void requests_beyond_the_burst_are_a_429_problem_with_retry_after() {
        var oneBurstOfTwo = new UsagePlan(0.001, 2);
        try (var gateway = RunningGateway.start(settings(oneBurstOfTwo, PayloadLimit.DEFAULT), new RecordingFunction())) {
            gateway.send(gateway.withKey("/orders?status=PENDING"));
            gateway.send(gateway.withKey("/orders?status=PENDING"));

            var response = gateway.send(gateway.withKey("/orders?status=PENDING"));

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(json(response).path("type").asText()).endsWith("/too-many-requests");
            assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        }
    }

    @Test
    void each_api_key_has_a_bucket_of_its_own() {
        var oneBurstOfTwo = new UsagePlan(0.001, 2);
        try (var gateway = RunningGateway.start(settings(oneBurstOfTwo, PayloadLimit.DEFAULT), new RecordingFunction())) {
            gateway.send(gateway.withKey("/orders?status=PENDING"));
            gateway.send(gateway.withKey("/orders?status=PENDING"));

            var response = gateway.send(gateway.request("/orders?status=PENDING").header("x-api-key", OTHER_KEY));

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_429_carries_cors_headers_for_an_allowed_origin() {
        var oneRequest = new UsagePlan(0.001, 1);
        try (var gateway = RunningGateway.start(settings(oneRequest, PayloadLimit.DEFAULT), new RecordingFunction())) {
            gateway.send(gateway.withKey("/orders?status=PENDING"));

            var response = gateway.send(gateway.withKey("/orders?status=PENDING").header("Origin", RunningGateway.ALLOWED_ORIGIN));

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(RunningGateway.ALLOWED_ORIGIN);
        }
    }
}
