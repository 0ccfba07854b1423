package com.example.orders.core.adapter.dynamodb;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.order.Order;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reserving and releasing an order's stock on DynamoDB Local: each at most once per order. */
@LocalAwsTest
class InventoryReservationsIT {

    private InventoryReservations inventory;
    private final Order order = anOrder().build();

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        inventory.stock("BOOK-0001", 10);
        inventory.stock("PEN-0042", 10);
    }

    @Test
    void releasingGivesBackEveryLineOfTheOrder() {
        inventory.reserve(order);

        inventory.release(order);

        assertThat(new long[] {inventory.available("BOOK-0001").orElseThrow(), inventory.available("PEN-0042").orElseThrow()})
                .containsExactly(10, 10);
    }

    @Test
    void releasingTwiceGivesBackOnce() {
        inventory.reserve(order);
        inventory.release(order);

        inventory.release(order);

        assertThat(inventory.available("PEN-0042")).hasValue(10);
    }

    @Test
    void releasingAnOrderNeverReservedChangesNothing() {
        inventory.release(order);

        assertThat(inventory.available("PEN-0042")).hasValue(10);
    }

    @Test
    void aReleasedOrderIsNoLongerReserved() {
        inventory.reserve(order);

        inventory.release(order);

        assertThat(inventory.isReserved(order.orderId())).isFalse();
    }
}
