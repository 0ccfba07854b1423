package com.example.orders.workflow;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.adapter.dynamodb.SimulatedPayments;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.process.PaymentStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.StoredItems;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each task, as a Task state invokes it, against DynamoDB Local and moto. */
@LocalAwsTest
class OrderWorkflowTasksIT {

    private OrderWorkflowTasks tasks;
    private DynamoDbOrderRepository orders;
    private SimulatedPayments payments;
    private InventoryReservations inventory;

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        var environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        tasks = new OrderWorkflowTasks(environment);
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        payments = new SimulatedPayments(aws.dynamoDb(), resources.paymentsTable(), Clock.systemUTC());
        inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        inventory.stock("BOOK-0001", 10);
        inventory.stock("PEN-0042", 10);
    }

    private Order processingOrder(String customerId) {
        Order order = anOrder().withCustomer(new Customer(customerId, null, null)).withStatus(OrderStatus.PROCESSING).build();
        orders.create(order);
        return order;
    }

    private void run(String task, Order order) {
        tasks.handleRequest(Map.of("task", task, "orderId", order.orderId()), null);
    }

    @Test
    void validateRefusesAnOrderThatIsNotProcessing() {
        Order pending = anOrder().build();
        orders.create(pending);
        assertThatThrownBy(() -> run("ValidateOrder", pending)).isInstanceOf(OrderNotProcessableException.class);
    }

    @Test
    void paymentChargesTheOrder() {
        Order order = processingOrder("cust-1");
        run("ProcessPayment", order);
        assertThat(payments.find(order.orderId()).orElseThrow().status()).isEqualTo(PaymentStatus.CHARGED);
    }

    @Test
    void declinedPaymentIsPaymentDeclined() {
        Order order = processingOrder("decline-1");
        assertThatThrownBy(() -> run("ProcessPayment", order)).isInstanceOf(PaymentDeclinedException.class);
    }

    @Test
    void providerTimeoutIsTransient() {
        Order order = processingOrder("flaky-1");
        assertThatThrownBy(() -> run("ProcessPayment", order)).isInstanceOf(TransientTaskException.class);
    }

    @Test
    void missingStockIsOutOfStock() {
        inventory.stock("PEN-0042", 1);
        Order order = processingOrder("cust-1");
        assertThatThrownBy(() -> run("UpdateInventory", order)).isInstanceOf(OutOfStockException.class);
    }

    @Test
    void completingMovesTheOrderToCompleted() {
        Order order = processingOrder("cust-1");
        run("CompleteOrder", order);
        assertThat(orders.findById(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void refundGivesTheChargeBack() {
        Order order = processingOrder("cust-1");
        run("ProcessPayment", order);
        run("RefundPayment", order);
        assertThat(payments.find(order.orderId()).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void markingFailedStoresErrorCauseAndStep() {
        Order order = processingOrder("cust-1");
        tasks.handleRequest(Map.of("task", "MarkOrderFailed", "orderId", order.orderId(), "failedStep", "UpdateInventory",
                "failure", Map.of("Error", OutOfStockException.class.getName(),
                        "Cause", "{\"errorMessage\":\"Out of stock: PEN-0042\"}")), null);
        assertThat(orders.findById(order.orderId()).orElseThrow().failureReason())
                .isEqualTo("Out of stock: PEN-0042 (step UpdateInventory, error " + OutOfStockException.class.getName() + ")");
    }

    @Test
    void primingForSnapStartWritesNothing(LocalAws aws, PlatformResources resources) {
        StoredItems before = StoredItems.of(aws, resources);
        tasks.prime();
        assertThat(StoredItems.of(aws, resources)).isEqualTo(before);
    }
}
