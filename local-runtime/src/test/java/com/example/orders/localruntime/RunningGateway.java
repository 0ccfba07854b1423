package com.example.orders.localruntime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.core.http.CorsPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** A gateway on a free port in front of test functions (or the real ones), and a client to call it. */
final class RunningGateway implements AutoCloseable {

    /** Parsed once per test run: loading the contract is the slow part of starting a gateway. */
    static final ApiContract CONTRACT = ApiContract.bundled();
    static final String API_KEY = "test-key-4f1c9a0e7b2d";
    static final String ALLOWED_ORIGIN = "https://shop.example.com";
    static final String VALID_ORDER = CONTRACT.requestExample("createOrder").orElseThrow();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiGateway gateway;

    private RunningGateway(ApiGateway gateway) {
        this.gateway = gateway;
    }

    static GatewaySettings settings() {
        return new GatewaySettings(0, Set.of(API_KEY), UsagePlan.DEFAULT, CorsPolicy.fromSetting(ALLOWED_ORIGIN), PayloadLimit.DEFAULT);
    }

    static RunningGateway start(RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        return start(settings(), handler);
    }

    static RunningGateway start(GatewaySettings settings,
            RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        var function = new LambdaFunction("test-function", handler);
        return start(settings, Map.of("createOrder", function, "listOrders", function, "getOrder", function));
    }

    static RunningGateway start(GatewaySettings settings, Map<String, LambdaFunction> integrations) {
        return new RunningGateway(ApiGateway.start(settings, CONTRACT, integrations));
    }

    /** A request to the gateway, without an API key. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(gateway.uri().resolve(pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    /** A request with the gateway's API key. */
    HttpRequest.Builder withKey(String pathAndQuery) {
        return request(pathAndQuery).header("x-api-key", API_KEY);
    }

    /** A POST of {@code body} as JSON, with the API key. */
    HttpRequest.Builder postJson(String path, String body) {
        return withKey(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        gateway.close();
    }
}
