package com.example.orders.contracts.api;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import com.example.orders.core.http.ApiJson;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.LocalApi;
import com.example.orders.localruntime.contract.ApiContract;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.ContractChecks;
import com.example.orders.localruntime.gateway.GatewaySettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Orders API as deployed locally (the real create and query handlers behind the API Gateway
 * stand-in, on DynamoDB Local) honours every interaction its consumers' pacts expect, with
 * provider states that seed it through the API itself. A breaking change of the API (a renamed
 * field, a changed status code) fails here. Subclasses say where the pacts come from.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Provider(OrdersWebPactTest.PROVIDER)
abstract class OrdersApiProvider {

    /** The provider's own key; consumers' pacts carry an example key, replaced on the way in. */
    private static final String PROVIDER_KEY = "provider-" + UUID.randomUUID().toString().replace("-", "");
    private static final String ORDER = """
            {"customer":{"customerId":"cust-2002"},\
            "items":[{"sku":"BOOK-0001","name":"A book","quantity":1,"unitPrice":"39.99"}],"currency":"EUR"}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiGateway gateway;
    /** What the provider answers consumers is held to the contract too, not only to their pacts. */
    private final ContractChecks contractChecks = new ContractChecks(ApiContract.bundled());

    @BeforeAll
    void startTheApi(LocalAws aws, PlatformResources resources) {
        gateway = LocalApi.start(aws, resources, new GatewaySettings(0, Set.of(PROVIDER_KEY)),
                GatewaySettings.DEFAULT_CORS_ORIGINS, Optional.of("1000"), Optional.of("1000"), Optional.of(contractChecks));
    }

    @AfterAll
    void stopTheApi() {
        gateway.close();
        assertThat(contractChecks.violations()).isEmpty();
    }

    @BeforeEach
    void pointAtTheGateway(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", gateway.uri().getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void honoursTheInteraction(PactVerificationContext context, HttpRequest request) {
        useTheProvidersKey(request);
        context.verifyInteraction();
    }

    @State("an order exists")
    Map<String, Object> anOrderExists() {
        return Map.of("orderId", createOrder());
    }

    @State("an order was created with an Idempotency-Key")
    void anOrderWasCreatedWithAnIdempotencyKey(Map<String, Object> parameters) {
        assertThat(post(String.valueOf(parameters.get("request")), String.valueOf(parameters.get("idempotencyKey"))))
                .isEqualTo(201);
    }

    @State("three pending orders exist")
    void threePendingOrdersExist() {
        for (int i = 0; i < 3; i++) {
            createOrder();
        }
    }

    @State("pending orders fill more than a page")
    Map<String, Object> pendingOrdersFillMoreThanAPage() {
        threePendingOrdersExist();
        return Map.of("nextToken", nextTokenOfFirstPendingPage(2));
    }

    /** A request that carries an API key carries the provider's; one without stays without. */
    private static void useTheProvidersKey(HttpRequest request) {
        if (request.containsHeader("x-api-key")) {
            request.setHeader("x-api-key", PROVIDER_KEY);
        }
    }

    /** Creates an order through the API; its id. */
    private String createOrder() {
        var response = send("POST", "/orders", ORDER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body()).path("orderId").asText();
    }

    private int post(String body, String idempotencyKey) {
        return send("POST", "/orders", body, idempotencyKey).statusCode();
    }

    private String nextTokenOfFirstPendingPage(int limit) {
        var response = send("GET", "/orders?status=PENDING&limit=" + limit, null, null);
        String token = json(response.body()).path("nextToken").asText();
        assertThat(token).as(response.body()).isNotEmpty();
        return token;
    }

    private HttpResponse<String> send(String method, String path, String body, String idempotencyKey) {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(gateway.uri() + path))
                .header("x-api-key", PROVIDER_KEY)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return ApiJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
