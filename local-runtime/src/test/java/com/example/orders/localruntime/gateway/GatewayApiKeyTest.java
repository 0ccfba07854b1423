package com.example.orders.localruntime.gateway;

import static com.example.orders.localruntime.gateway.RunningGateway.ALLOWED_ORIGIN;
import static com.example.orders.localruntime.gateway.RunningGateway.API_KEY;
import static com.example.orders.localruntime.gateway.RunningGateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayApiKeyTest {

    private final RecordingFunction function = new RecordingFunction();
    private final RunningGateway gateway = RunningGateway.start(function);

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void a_request_without_an_api_key_is_refused_with_a_403_problem() {
        var response = gateway.send(gateway.request("/orders?status=PENDING"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("type").asText()).isEqualTo("https://orders.example.com/problems/forbidden");
    }

    @Test
    void a_request_with_a_wrong_api_key_is_refused_with_a_403_problem() {
        var response = gateway.send(gateway.request("/orders?status=PENDING").header("x-api-key", API_KEY + "x"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("status").asInt()).isEqualTo(403);
    }

    @Test
    void a_refused_request_never_reaches_the_function() {
        gateway.send(gateway.request("/orders?status=PENDING"));

        assertThat(function.events()).isEmpty();
    }

    @Test
    void the_403_carries_the_cors_headers_of_an_allowed_origin() {
        var response = gateway.send(gateway.request("/orders?status=PENDING").header("Origin", ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).isPresent();
    }

    @Test
    void a_request_with_the_api_key_reaches_the_function_which_sees_the_key() {
        var response = gateway.send(gateway.withKey("/orders?status=PENDING"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(function.lastEvent().getRequestContext().getIdentity().getApiKey()).isEqualTo(API_KEY);
    }
}
