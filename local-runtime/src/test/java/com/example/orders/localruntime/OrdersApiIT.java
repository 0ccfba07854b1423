package com.example.orders.localruntime;

import static com.example.orders.localruntime.ContractClient.VALID_ORDER;
import static com.example.orders.localruntime.ContractClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.GatewaySettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real functions behind the gateway, on local AWS: the API as a client sees it. */
@LocalAwsTest
class OrdersApiIT {

    private static final String KEY = "orders-api-it-key";
    private static final String ALLOWED_ORIGIN = "https://shop.example.com";

    private final ApiGateway server;
    private final ContractClient gateway;

    OrdersApiIT(LocalAws aws, PlatformResources resources) {
        server = LocalApi.start(aws, resources, new GatewaySettings(0, Set.of(KEY)), ALLOWED_ORIGIN);
        gateway = new ContractClient(server.uri(), KEY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String createOrder() {
        var response = gateway.send(gateway.postJson("/orders", VALID_ORDER));
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response).path("orderId").asText();
    }

    @Test
    void creatingAnOrderAnswers201WithItsLocationAsJson() {
        var response = gateway.send(gateway.postJson("/orders", VALID_ORDER));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Location")).hasValue("/orders/" + json(response).path("orderId").asText());
    }

    @Test
    void theCreatedOrderIsPendingWithTheTotalOfItsLines() {
        JsonNode order = json(gateway.send(gateway.postJson("/orders", VALID_ORDER)));

        assertThat(order.path("status").asText()).isEqualTo("PENDING");
        assertThat(order.path("total").asText()).isEqualTo("64.99");
    }

    @Test
    void theFunctionsAnswerCarriesCorsHeadersForAnAllowedOrigin() {
        var response = gateway.send(gateway.postJson("/orders", VALID_ORDER).header("Origin", ALLOWED_ORIGIN));

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
    }

    @Test
    void aCreatedOrderIsReadBackByItsId() {
        String orderId = createOrder();

        var response = gateway.send(gateway.withKey("/orders/" + orderId));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("orderId").asText()).isEqualTo(orderId);
        assertThat(json(response).path("items").size()).isEqualTo(2);
    }

    @Test
    void aCreatedOrderIsListedAmongThePendingOrders() {
        String orderId = createOrder();

        var response = gateway.send(gateway.withKey("/orders?status=PENDING"));

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        json(response).path("items").forEach(order -> listed.add(order.path("orderId").asText()));
        assertThat(listed).contains(orderId);
    }

    @Test
    void anOrderIdNobodyCreatedIsA404Problem() {
        var response = gateway.send(gateway.withKey("/orders/7d1e2c3b-5a4f-4e6d-8c7b-9a0f1e2d3c4b"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("type").asText()).isEqualTo("https://orders.example.com/problems/not-found");
    }

    @Test
    void aMalformedOrderIdIsA400ProblemNamingIt() {
        var response = gateway.send(gateway.withKey("/orders/12345"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("orderId");
    }

    @Test
    void theCallersCorrelationIdComesBackFromTheFunction() {
        var response = gateway.send(gateway.postJson("/orders", VALID_ORDER).header("x-correlation-id", "checkout-42"));

        assertThat(response.headers().firstValue("x-correlation-id")).hasValue("checkout-42");
    }
}
