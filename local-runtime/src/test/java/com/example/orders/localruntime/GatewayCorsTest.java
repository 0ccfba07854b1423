package com.example.orders.localruntime;

import static com.example.orders.localruntime.RunningGateway.ALLOWED_ORIGIN;
import static com.example.orders.localruntime.RunningGateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.http.CorsPolicy;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayCorsTest {

    private static final String OTHER_ORIGIN = "https://evil.example.net";

    private final RecordingFunction function = new RecordingFunction();
    private final RunningGateway gateway = RunningGateway.start(function);

    @AfterEach
    void stop() {
        gateway.close();
    }

    private static HttpRequest.Builder preflight(RunningGateway gateway, String path, String origin) {
        return gateway.request(path)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key");
    }

    @Test
    void a_preflight_from_an_allowed_origin_is_answered_204_without_an_api_key() {
        var response = gateway.send(preflight(gateway, "/orders", ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue(CorsPolicy.ALLOWED_METHODS);
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue(CorsPolicy.ALLOWED_HEADERS);
    }

    @Test
    void a_preflight_on_a_resource_with_a_path_parameter_is_answered_too() {
        var response = gateway.send(preflight(gateway, "/orders/0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10", ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void a_preflight_never_reaches_the_function() {
        gateway.send(preflight(gateway, "/orders", ALLOWED_ORIGIN));

        assertThat(function.events()).isEmpty();
    }

    @Test
    void a_preflight_from_another_origin_is_refused_with_a_403_problem_without_cors_headers() {
        var response = gateway.send(preflight(gateway, "/orders", OTHER_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("type").asText()).endsWith("/forbidden");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_gateway_response_to_another_origin_has_no_allow_origin_header() {
        var response = gateway.send(gateway.request("/orders?status=PENDING").header("Origin", OTHER_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Vary")).hasValue("Origin");
    }

    @Test
    void the_functions_response_passes_through_without_cors_headers_added_by_the_gateway() {
        var response = gateway.send(gateway.withKey("/orders?status=PENDING").header("Origin", ALLOWED_ORIGIN));

        assertThat(response.headers().firstValue(RecordingFunction.OWN_HEADER)).hasValue("recording-function");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
