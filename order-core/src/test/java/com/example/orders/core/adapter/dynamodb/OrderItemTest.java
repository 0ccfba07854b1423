package com.example.orders.core.adapter.dynamodb;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class OrderItemTest {

    @Test
    void orderSurvivesTheRoundTripThroughItsItem() {
        Order order = anOrder().failedBecause("Out of stock").build();
        assertThat(OrderItem.toOrder(OrderItem.of(order))).isEqualTo(order);
    }

    @Test
    void amountsAreStoredAsExactDecimalStrings() {
        Map<String, AttributeValue> item = OrderItem.of(anOrder().build());
        assertThat(item.get("lines").l().get(1).m().get("lineTotal")).isEqualTo(AttributeValue.fromS("25.00"));
    }

    @Test
    void createdAtIsStoredInTheSortableFormat() {
        Map<String, AttributeValue> item = OrderItem.of(anOrder().createdAt(Instant.parse("2026-11-24T10:15:30Z")).build());
        assertThat(item.get(OrdersTable.CREATED_AT).s()).isEqualTo("2026-11-24T10:15:30.000Z");
    }

    @Test
    void absentValuesAreLeftOutRatherThanStoredAsNull() {
        Map<String, AttributeValue> item = OrderItem.of(anOrder().withCustomer(new Customer("cust-1", null, null))
                .withCorrelationId(null).build());
        assertThat(item).doesNotContainKeys(OrdersTable.FAILURE_REASON, OrdersTable.CORRELATION_ID);
        assertThat(item.get("customer").m()).containsOnlyKeys("customerId");
        assertThat(item.get("shippingAddress").m()).doesNotContainKeys("line2", "region");
    }

    @Test
    void theItemHasTheAttributesTheStreamReadersAndTheIndexExpect() {
        Map<String, AttributeValue> item = OrderItem.of(anOrder().build());
        assertThat(item).containsOnlyKeys(OrdersTable.ORDER_ID, OrdersTable.CREATED_AT, OrdersTable.STATUS, OrdersTable.UPDATED_AT,
                "customer", "lines", "currency", "total", "shippingAddress", OrdersTable.VERSION, OrdersTable.CORRELATION_ID);
        assertThat(item.get(OrdersTable.VERSION)).isEqualTo(AttributeValue.fromN("1"));
        assertThat(item.get("lines").l().getFirst().m().get("quantity")).isEqualTo(AttributeValue.fromN("1"));
    }
}
