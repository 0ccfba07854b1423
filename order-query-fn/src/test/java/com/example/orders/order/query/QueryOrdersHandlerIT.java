package com.example.orders.order.query;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.api.model.Order;
import com.example.orders.api.model.OrderPage;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.lambda.ProxyEventBuilder;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@LocalAwsTest
class QueryOrdersHandlerIT {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private QueryOrdersHandler handler;
    private DynamoDbOrderRepository orders;

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        var environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        handler = new QueryOrdersHandler(environment);
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
    }

    private APIGatewayProxyResponseEvent send(ProxyEventBuilder request) {
        return handler.handleRequest(request.build(), null);
    }

    private List<String> storePending(int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var order = anOrder().createdAt(T0.plusSeconds(i)).build();
            orders.create(order);
            ids.add(order.orderId());
        }
        return ids;
    }

    @Test
    void storedOrderIsReturned() {
        String id = storePending(1).getFirst();
        var response = send(ProxyEventBuilder.getOrder(id));
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(ApiJson.read(response.getBody(), Order.class).getOrderId()).hasToString(id);
    }

    @Test
    void unknownOrderIs404Problem() {
        var response = send(ProxyEventBuilder.getOrder(UUID.randomUUID().toString()));
        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    }

    @Test
    void malformedIdIs400NamingOrderId() {
        var response = send(ProxyEventBuilder.getOrder("not-a-uuid"));
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"orderId\"");
    }

    @Test
    void listingPagesThroughEveryOrderNewestFirst() {
        List<String> ids = storePending(5);
        var seen = new ArrayList<String>();
        String token = null;
        do {
            var request = ProxyEventBuilder.listOrders().query("status", "PENDING").query("limit", "2");
            if (token != null) {
                request.query("nextToken", token);
            }
            OrderPage page = ApiJson.read(send(request).getBody(), OrderPage.class);
            page.getItems().forEach(order -> seen.add(order.getOrderId().toString()));
            token = page.getNextToken();
        } while (token != null);
        assertThat(seen).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void listingDefaultsToTwentyPerPage() {
        storePending(21);
        OrderPage page = ApiJson.read(send(ProxyEventBuilder.listOrders().query("status", "PENDING")).getBody(), OrderPage.class);
        assertThat(page.getItems()).hasSize(20);
    }

    @Test
    void listingShowsOnlyTheAskedStatus() {
        storePending(1);
        OrderPage page = ApiJson.read(send(ProxyEventBuilder.listOrders()
                .query("status", OrderStatus.COMPLETED.name())).getBody(), OrderPage.class);
        assertThat(page.getItems()).isEmpty();
    }

    @Test
    void missingStatusIs400() {
        assertThat(send(ProxyEventBuilder.listOrders()).getBody()).contains("\"field\":\"status\"");
    }

    @Test
    void unknownStatusIs400() {
        assertThat(send(ProxyEventBuilder.listOrders().query("status", "SHIPPED")).getStatusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "2.5"})
    void limitOutsideOneToHundredIs400(String limit) {
        var response = send(ProxyEventBuilder.listOrders().query("status", "PENDING").query("limit", limit));
        assertThat(response.getBody()).contains("\"field\":\"limit\"");
    }

    @Test
    void forgedTokenIs400() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[80]);
        var response = send(ProxyEventBuilder.listOrders().query("status", "PENDING").query("nextToken", forged));
        assertThat(response.getBody()).contains("\"field\":\"nextToken\"");
    }

    @Test
    void tokenOfAnotherStatusIs400() {
        storePending(3);
        OrderPage page = ApiJson.read(send(ProxyEventBuilder.listOrders().query("status", "PENDING").query("limit", "1"))
                .getBody(), OrderPage.class);
        var response = send(ProxyEventBuilder.listOrders().query("status", "FAILED").query("nextToken", page.getNextToken()));
        assertThat(response.getStatusCode()).isEqualTo(400);
    }

    @Test
    void primingForSnapStartAnswersBothRoutes() {
        assertThatCode(handler::prime).doesNotThrowAnyException();
    }

    /** A primed snapshot of a broken function would hide the failure until the first request. */
    @Test
    void primingReportsAFunctionThatCannotAnswer(LocalAws aws, PlatformResources resources) {
        var environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        environment.put("ORDERS_TABLE", "no-such-table");
        assertThatThrownBy(new QueryOrdersHandler(environment)::prime).hasMessageContaining("answered 500");
    }
}
