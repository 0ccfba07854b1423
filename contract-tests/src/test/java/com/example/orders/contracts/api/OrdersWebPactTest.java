package com.example.orders.contracts.api;

import static com.example.orders.contracts.Formats.UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.example.orders.client.ApiClient;
import com.example.orders.client.ApiException;
import com.example.orders.client.ApiResponse;
import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.CreateOrderRequest;
import com.example.orders.client.model.Order;
import com.example.orders.client.model.OrderPage;
import com.example.orders.client.model.OrderStatus;
import com.example.orders.client.model.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the web frontend expects of the Orders API, written as a frontend team would: with the
 * Java client generated from openapi/orders.yaml, against Pact's mock of the API. The pact this
 * writes (target/pacts/orders-web-orders-api.json) is verified against the real handlers by
 * {@link OrdersApiProviderIT} and checked against the spec by the build.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = OrdersWebPactTest.PROVIDER, pactVersion = PactSpecVersion.V3)
class OrdersWebPactTest {

    static final String CONSUMER = "orders-web";
    static final String PROVIDER = "orders-api";
    /** The key the frontend sends; the provider verification's gateway is given the same one. */
    static final String API_KEY = "contract-test-api-key-0001";
    static final String IDEMPOTENCY_KEY = "checkout-7f3a-0001";
    private static final String EXAMPLE_ORDER_ID = "0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10";
    private static final String MISSING_ORDER_ID = "7d1e2c3b-5a4f-4e6d-8c7b-9a0f1e2d3c4b";

    private static OrdersApi client(MockServer server) {
        var client = new ApiClient();
        client.updateBaseUri(server.getUrl());
        // The generated native client leaves the apiKey scheme to the caller.
        client.setRequestInterceptor(request -> request.header("x-api-key", API_KEY));
        return new OrdersApi(client);
    }

    /** Every request of the frontend carries its API key (the one without a key aside). */
    private static PactDslRequestWithPath withKey(PactDslRequestWithPath request) {
        return request.matchHeader("x-api-key", "[A-Za-z0-9_-]{20,128}", API_KEY);
    }

    private static String json(CreateOrderRequest request) {
        try {
            return new ApiClient().getObjectMapper().writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact createAnOrder(PactDslWithProvider builder) {
        return withKey(builder
                .uponReceiving("a request to create an order")
                .path("/orders")
                .method("POST")
                .headers(Map.of("Content-Type", "application/json")))
                .body(json(OrderRequests.twoBooks()))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Location", ".*/orders/" + UUID, "/orders/" + EXAMPLE_ORDER_ID)
                .body(OrderMatchers.order("PENDING"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createAnOrder")
    void createdOrderIsPendingAtItsLocation(MockServer server) throws ApiException {
        ApiResponse<Order> created = client(server).createOrderWithHttpInfo(OrderRequests.twoBooks(), null, null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getData().getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(created.getHeaders().get("location")).singleElement()
                .asString().endsWith("/orders/" + created.getData().getOrderId());
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact replayACreateWithItsIdempotencyKey(PactDslWithProvider builder) {
        String request = json(OrderRequests.twoBooks());
        return withKey(builder
                .given("an order was created with an Idempotency-Key",
                        Map.of("idempotencyKey", IDEMPOTENCY_KEY, "request", request))
                .uponReceiving("a repeated request to create an order with the same Idempotency-Key")
                .path("/orders")
                .method("POST")
                .headers(Map.of("Content-Type", "application/json", "Idempotency-Key", IDEMPOTENCY_KEY)))
                .body(request)
                .willRespondWith()
                .status(200)
                .body(OrderMatchers.order("PENDING"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "replayACreateWithItsIdempotencyKey")
    void repeatedCreateReturnsTheFirstOrderWith200(MockServer server) throws ApiException {
        ApiResponse<Order> replayed = client(server).createOrderWithHttpInfo(OrderRequests.twoBooks(), IDEMPOTENCY_KEY, null);
        assertThat(replayed.getStatusCode()).isEqualTo(200);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact refuseAnInvalidOrder(PactDslWithProvider builder) {
        return withKey(builder
                .uponReceiving("a request to create an order priced in fractions of a yen")
                .path("/orders")
                .method("POST")
                .headers(Map.of("Content-Type", "application/json")))
                .body(json(OrderRequests.yenWithFractions()))
                .willRespondWith()
                .status(400)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(OrderMatchers.problem("validation-error", 400)
                        .minArrayLike("errors", 1)
                            .stringValue("field", "items[0].unitPrice")
                            .stringType("message", "must not have more fraction digits than JPY has")
                            .closeObject().closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refuseAnInvalidOrder")
    void invalidOrderIsRefusedNamingTheField(MockServer server) throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> client(server).createOrder(OrderRequests.yenWithFractions(), null, null));
        assertThat(refused.getCode()).isEqualTo(400);
        Problem problem = new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getErrors()).extracting("field").contains("items[0].unitPrice");
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getAnOrder(PactDslWithProvider builder) {
        return withKey(builder
                .given("an order exists")
                .uponReceiving("a request for an order")
                .pathFromProviderState("/orders/${orderId}", "/orders/" + EXAMPLE_ORDER_ID)
                .method("GET"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(((PactDslJsonBody) OrderMatchers.order("PENDING"))
                        .valueFromProviderState("orderId", "${orderId}", EXAMPLE_ORDER_ID))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getAnOrder")
    void orderIsReadBackById(MockServer server) throws ApiException {
        Order order = client(server).getOrder(java.util.UUID.fromString(EXAMPLE_ORDER_ID), null);
        assertThat(order.getOrderId()).hasToString(EXAMPLE_ORDER_ID);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact getAMissingOrder(PactDslWithProvider builder) {
        return withKey(builder
                .uponReceiving("a request for an order that does not exist")
                .path("/orders/" + MISSING_ORDER_ID)
                .method("GET"))
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(OrderMatchers.problem("not-found", 404))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getAMissingOrder")
    void missingOrderIsNotFound(MockServer server) {
        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> client(server).getOrder(java.util.UUID.fromString(MISSING_ORDER_ID), null));
        assertThat(missing.getCode()).isEqualTo(404);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listTheFirstPage(PactDslWithProvider builder) {
        return withKey(builder
                .given("three pending orders exist")
                .uponReceiving("a request for the first page of pending orders")
                .path("/orders")
                .query("status=PENDING&limit=2")
                .method("GET"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(OrderMatchers.page("PENDING", 2, true))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listTheFirstPage")
    void firstPageHasACursorToTheNext(MockServer server) throws ApiException {
        OrderPage page = client(server).listOrders(OrderStatus.PENDING, 2, null, null);
        assertThat(page.getItems()).hasSizeGreaterThanOrEqualTo(2).allMatch(order -> order.getStatus() == OrderStatus.PENDING);
        assertThat(page.getNextToken()).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact listTheNextPage(PactDslWithProvider builder) {
        return withKey(builder
                .given("pending orders fill more than a page")
                .uponReceiving("a request for the next page of pending orders")
                .path("/orders")
                .query("status=PENDING&limit=2")
                .queryParameterFromProviderState("nextToken", "${nextToken}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .method("GET"))
                .willRespondWith()
                .status(200)
                .body(OrderMatchers.page("PENDING", 1, false))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listTheNextPage")
    void nextPageIsReadWithTheCursor(MockServer server) throws ApiException {
        OrderPage page = client(server).listOrders(OrderStatus.PENDING, 2, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null);
        assertThat(page.getItems()).isNotEmpty();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact refuseARequestWithoutKey(PactDslWithProvider builder) {
        return builder
                .uponReceiving("a request without an API key")
                .path("/orders")
                .query("status=PENDING")
                .method("GET")
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(OrderMatchers.problem("forbidden", 403))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "refuseARequestWithoutKey")
    void requestWithoutKeyIsForbidden(MockServer server) {
        var keyless = new ApiClient();
        keyless.updateBaseUri(server.getUrl());
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new OrdersApi(keyless).listOrders(OrderStatus.PENDING, null, null, null));
        assertThat(refused.getCode()).isEqualTo(403);
    }
}
