package com.example.orders.order.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.api.model.Order;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.OrderListing;
import com.example.orders.core.adapter.dynamodb.PageCursor;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.lambda.ProxyEventBuilder;
import com.example.orders.lambda.StandardOutput;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.StoredItems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@LocalAwsTest
class CreateOrderHandlerIT {

    private static final String BODY = """
            {"customer":{"customerId":"cust-1","email":"ada@example.com","phone":"+447700900123"},
             "items":[{"sku":"BOOK-0001","name":"A book","quantity":1,"unitPrice":"39.99"},
                      {"sku":"PEN-0042","name":"A pen","quantity":2,"unitPrice":"12.50"}],
             "currency":"EUR"}""";
    private static final String ORIGIN = "https://shop.example.com";

    private CreateOrderHandler handler;
    private DynamoDbOrderRepository orders;
    private LocalAws aws;
    private PlatformResources resources;

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        var environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        environment.put("CORS_ALLOWED_ORIGINS", ORIGIN);
        handler = new CreateOrderHandler(environment);
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
    }

    private APIGatewayProxyResponseEvent post(ProxyEventBuilder request) {
        return handler.handleRequest(request.build(), null);
    }

    private static ProxyEventBuilder anOrderPost() {
        return ProxyEventBuilder.post("/orders").body(BODY);
    }

    private int storedOrders() {
        return new OrderListing(aws.dynamoDb(), resources.ordersTable(), PageCursor.withRandomKey())
                .byStatus(OrderStatus.PENDING, 100, null).orders().size();
    }

    @Test
    void validOrderIsCreatedWith201() {
        assertThat(post(anOrderPost()).getStatusCode()).isEqualTo(201);
    }

    @Test
    void locationKeepsTheStageTheClientAddressed() {
        var response = post(anOrderPost().addressedAs("/dev/orders"));
        Order order = ApiJson.read(response.getBody(), Order.class);
        assertThat(response.getHeaders()).containsEntry("Location", "/dev/orders/" + order.getOrderId());
    }

    @Test
    void createdOrderHasItsLocation() {
        var response = post(anOrderPost());
        Order order = ApiJson.read(response.getBody(), Order.class);
        assertThat(response.getHeaders()).containsEntry("Location", "/orders/" + order.getOrderId());
    }

    @Test
    void createdOrderIsPricedExactly() {
        Order order = ApiJson.read(post(anOrderPost()).getBody(), Order.class);
        assertThat(order.getTotal()).isEqualTo("64.99");
    }

    @Test
    void createdOrderIsStoredPending() {
        Order order = ApiJson.read(post(anOrderPost()).getBody(), Order.class);
        assertThat(orders.findById(order.getOrderId().toString()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void storedOrderKeepsTheRequestsCorrelationIdForProcessing() {
        Order order = ApiJson.read(post(anOrderPost().header("x-correlation-id", "checkout-9")).getBody(), Order.class);
        assertThat(orders.findById(order.getOrderId().toString()).orElseThrow().correlationId()).isEqualTo("checkout-9");
    }

    @Test
    void responseIsJson() {
        assertThat(post(anOrderPost()).getHeaders()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void allowedOriginGetsCorsHeaders() {
        assertThat(post(anOrderPost().header("Origin", ORIGIN)).getHeaders())
                .containsEntry("Access-Control-Allow-Origin", ORIGIN);
    }

    @Test
    void otherOriginGetsNoCorsHeaders() {
        assertThat(post(anOrderPost().header("Origin", "https://evil.example.com")).getHeaders())
                .doesNotContainKey("Access-Control-Allow-Origin");
    }

    @Test
    void correlationIdIsEchoed() {
        assertThat(post(anOrderPost().header("x-correlation-id", "checkout-7")).getHeaders())
                .containsEntry("X-Correlation-Id", "checkout-7");
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheOriginalOrderWith200() {
        var first = post(anOrderPost().header("Idempotency-Key", "key-00000001"));
        var again = post(anOrderPost().header("Idempotency-Key", "key-00000001"));
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(ApiJson.read(again.getBody(), Order.class)).isEqualTo(ApiJson.read(first.getBody(), Order.class));
    }

    @Test
    void repeatedIdempotencyKeyCreatesOneOrder() {
        post(anOrderPost().header("Idempotency-Key", "key-00000002"));
        post(anOrderPost().header("Idempotency-Key", "key-00000002"));
        assertThat(storedOrders()).isEqualTo(1);
    }

    @Test
    void sameKeyWithWhitespaceOnlyDifferencesIsTheSameRequest() {
        post(anOrderPost().header("Idempotency-Key", "key-00000003"));
        var again = post(ProxyEventBuilder.post("/orders").body("  " + BODY.replace("\n", " ") + "\n")
                .header("Idempotency-Key", "key-00000003"));
        assertThat(again.getStatusCode()).isEqualTo(200);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        post(anOrderPost().header("Idempotency-Key", "key-00000004"));
        var other = post(ProxyEventBuilder.post("/orders").body(BODY.replace("\"quantity\":1", "\"quantity\":3"))
                .header("Idempotency-Key", "key-00000004"));
        assertThat(other.getStatusCode()).isEqualTo(422);
        assertThat(other.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    }

    @Test
    void concurrentRepeatsCreateExactlyOneOrder() throws Exception {
        int racers = 6;
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < racers; i++) {
            calls.add(() -> {
                start.await();
                return post(anOrderPost().header("Idempotency-Key", "key-concurrent")).getStatusCode();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(racers)) {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(storedOrders()).isEqualTo(1);
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
    }

    @Test
    void idempotencyKeyExpiresAfter24Hours() {
        post(anOrderPost().header("Idempotency-Key", "key-00000005"));
        var item = aws.dynamoDb().getItem(r -> r.tableName(resources.idempotencyTable())
                .key(Map.of("idempotencyKey", AttributeValue.fromS("key-00000005")))).item();
        long expiresAt = Long.parseLong(item.get("expiresAt").n());
        assertThat(expiresAt).isCloseTo(Instant.now().plus(Duration.ofHours(24)).getEpochSecond(), within(60L));
    }

    @Test
    void expiredKeyCreatesANewOrder() {
        aws.dynamoDb().putItem(r -> r.tableName(resources.idempotencyTable()).item(Map.of(
                "idempotencyKey", AttributeValue.fromS("key-00000006"),
                "requestFingerprint", AttributeValue.fromS("an-old-request"),
                "orderId", AttributeValue.fromS("0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10"),
                "expiresAt", AttributeValue.fromN(Long.toString(Instant.now().minusSeconds(1).getEpochSecond())))));
        assertThat(post(anOrderPost().header("Idempotency-Key", "key-00000006")).getStatusCode()).isEqualTo(201);
    }

    @Test
    void malformedIdempotencyKeyIs400() {
        assertThat(post(anOrderPost().header("Idempotency-Key", "short")).getStatusCode()).isEqualTo(400);
    }

    @Test
    void wrongContentTypeIs415() {
        assertThat(post(anOrderPost().header("Content-Type", "text/plain")).getStatusCode()).isEqualTo(415);
    }

    @Test
    void oversizedBodyIs413() {
        String huge = BODY.replace("\"A book\"", "\"" + "x".repeat(ApiJson.MAX_BODY_BYTES) + "\"");
        assertThat(post(ProxyEventBuilder.post("/orders").body(huge)).getStatusCode()).isEqualTo(413);
    }

    @Test
    void invalidOrderNamesTheFieldAndWritesNothing() {
        var response = post(ProxyEventBuilder.post("/orders").body(BODY.replace("\"quantity\":2", "\"quantity\":0")));
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"items[1].quantity\"");
        assertThat(storedOrders()).isZero();
    }

    @Test
    void acceptedOrderEmitsOrdersCreatedAndOrderValueMetrics() {
        String output = StandardOutput.capturedFrom(() -> post(anOrderPost()));
        assertThat(output).contains("\"Namespace\":\"OrdersPlatform\"", "\"OrdersCreated\":1.0", "\"OrderValue\":64.99");
    }

    @Test
    void replayEmitsNoOrdersCreatedMetric() {
        post(anOrderPost().header("Idempotency-Key", "key-00000007"));
        String output = StandardOutput.capturedFrom(() -> post(anOrderPost().header("Idempotency-Key", "key-00000007")));
        assertThat(output).doesNotContain("OrdersCreated");
    }

    @Test
    void logsCarryTheCorrelationIdAsStructuredJson() {
        String output = StandardOutput.capturedFrom(() -> post(anOrderPost().header("x-correlation-id", "checkout-8")));
        assertThat(output).contains("\"correlation_id\":\"checkout-8\"");
    }

    @Test
    void logsNameTheFunctionsService() {
        String output = StandardOutput.capturedFrom(() -> post(anOrderPost()));
        assertThat(output).contains("\"service\":\"order-create\"");
    }

    @Test
    void logsRevealNoContactDetails() {
        String output = StandardOutput.capturedFrom(() -> post(anOrderPost()));
        assertThat(output).doesNotContain("ada@example.com", "+447700900123");
    }

    @Test
    void primingForSnapStartWritesNothing() {
        StoredItems before = StoredItems.of(aws, resources);
        handler.prime();
        assertThat(StoredItems.of(aws, resources)).isEqualTo(before);
    }
}
