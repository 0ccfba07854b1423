package com.example.orders.localruntime.gateway;

import static com.example.orders.localruntime.gateway.RunningGateway.ALLOWED_ORIGIN;
import static com.example.orders.localruntime.gateway.RunningGateway.OTHER_ORIGIN;
import static com.example.orders.localruntime.gateway.RunningGateway.SECOND_ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.http.CorsPolicy;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CORS as the deploy spec defines it: the preflight's mock integration, and the gateway responses' headers. */
class GatewayCorsTest {

    private final RecordingFunction function = new RecordingFunction();
    private final RunningGateway gateway = RunningGateway.start(function);

    @AfterEach
    void stop() {
        gateway.close();
    }

    private HttpRequest.Builder preflight(String path, String origin) {
        return gateway.request(path)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithItselfAndTheAllowedMethodsAndHeaders() {
        var response = gateway.send(preflight("/orders", ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue(CorsPolicy.ALLOWED_METHODS);
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue(CorsPolicy.ALLOWED_HEADERS);
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue(CorsPolicy.MAX_AGE_SECONDS);
    }

    @Test
    void aPreflightFromTheSecondAllowedOriginIsAnsweredWithThatOrigin() {
        var response = gateway.send(preflight("/orders", SECOND_ORIGIN));

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SECOND_ORIGIN);
    }

    @Test
    void aPreflightOnAResourceWithAPathParameterIsAnsweredToo() {
        var response = gateway.send(preflight("/orders/0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10", ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
    }

    @Test
    void aPreflightNeedsNoApiKeyAndNeverReachesAFunction() {
        gateway.send(preflight("/orders", ALLOWED_ORIGIN));

        assertThat(function.events()).isEmpty();
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoCorsHeaders() {
        var response = gateway.send(preflight("/orders", OTHER_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        assertThat(response.headers().firstValue("Vary")).hasValue("Origin");
    }

    @Test
    void aPreflightFromAnOriginThatMerelyContainsAnAllowedOneGetsNoCorsHeaders() {
        var response = gateway.send(preflight("/orders", ALLOWED_ORIGIN + "," + SECOND_ORIGIN));

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPreflightWithoutAnOriginGetsNoCorsHeaders() {
        var response = gateway.send(gateway.request("/orders").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aGatewayResponseNamesTheFirstAllowedOriginAndExposesTheContractsHeaders() {
        var response = gateway.send(gateway.request("/orders?status=PENDING").header("Origin", ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValue(CorsPolicy.EXPOSED_HEADERS);
        assertThat(response.headers().firstValue("Vary")).hasValue("Origin");
    }

    @Test
    void theFunctionsResponsePassesThroughWithoutCorsHeadersAddedByTheGateway() {
        var response = gateway.send(gateway.withKey("/orders?status=PENDING").header("Origin", ALLOWED_ORIGIN));

        assertThat(response.headers().firstValue(RecordingFunction.OWN_HEADER)).hasValue("recording-function");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
