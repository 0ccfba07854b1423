package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localruntime.contract.ApiContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An HTTP client of a local gateway whose every response is held to the contract: a status,
 * header, media type or body the contract does not document for the request fails the test that
 * received it. CORS preflights, which the contract leaves to the gateway, are not held to it.
 */
public final class ContractClient {

    public static final ApiContract CONTRACT = ApiContract.bundled();
    /** The contract's own example order, as compact JSON. */
    public static final String VALID_ORDER = CONTRACT.requestExample("createOrder").orElseThrow();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String apiKey;

    public ContractClient(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    /** A request to the gateway, without an API key. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    /** A request with the API key. */
    public HttpRequest.Builder withKey(String pathAndQuery) {
        return request(pathAndQuery).header("x-api-key", apiKey);
    }

    /** A POST of {@code body} as JSON, with the API key. */
    public HttpRequest.Builder postJson(String path, String body) {
        return withKey(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends the request; a response the contract does not document for it fails the test. */
    public HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response = sendUnchecked(request);
        if (!request.method().equals("OPTIONS")) {
            assertThat(CONTRACT.responseViolations(request.method(), request.uri().getRawPath(), response.statusCode(),
                    response.headers().map(), response.body()))
                    .as("%s %s answered %d %s", request.method(), request.uri(), response.statusCode(), response.body())
                    .isEmpty();
        }
        return response;
    }

    /** Sends the request without holding the response to the contract: only for answers outside any operation. */
    public HttpResponse<String> sendUnchecked(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
