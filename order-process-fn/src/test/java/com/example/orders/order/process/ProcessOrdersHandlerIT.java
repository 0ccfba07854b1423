package com.example.orders.order.process;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.adapter.dynamodb.SimulatedPayments;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.process.PaymentStatus;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.lambda.StandardOutput;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.StoredItems;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@LocalAwsTest
class ProcessOrdersHandlerIT {

    private LocalAws aws;
    private PlatformResources resources;
    private Map<String, String> environment;
    private ProcessOrdersHandler handler;
    private DynamoDbOrderRepository orders;
    private SimulatedPayments payments;
    private InventoryReservations inventory;
    private final List<Order> storedOrders = new ArrayList<>();
    private final Set<String> awaitingWorkflow = new HashSet<>();

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        handler = new ProcessOrdersHandler(environment);
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        payments = new SimulatedPayments(aws.dynamoDb(), resources.paymentsTable(), Clock.systemUTC());
        inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        inventory.stock("BOOK-0001", 10);
        inventory.stock("PEN-0042", 10);
    }

    /** No test leaves an order half-processed, except one handed to the workflow, which moto does not run. */
    @AfterEach
    void everyOrderEndedFinal() {
        for (Order order : storedOrders) {
            if (!awaitingWorkflow.contains(order.orderId())) {
                assertThat(statusOf(order).isFinal()).as("order %s is final", order.orderId()).isTrue();
            }
        }
    }

    private Order stored(String customerId) {
        Order order = anOrder().withCustomer(new Customer(customerId, null, null)).build();
        orders.create(order);
        storedOrders.add(order);
        return order;
    }

    private SQSBatchResponse deliver(SqsEventBuilder batch) {
        return handler.handleRequest(batch.build(), null);
    }

    private OrderStatus statusOf(Order order) {
        return orders.findById(order.orderId()).orElseThrow().status();
    }

    @Test
    void orderIsCompleted() {
        Order order = stored("cust-1");
        deliver(SqsEventBuilder.aBatch().withOrder(order));
        assertThat(statusOf(order)).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void completedOrderIsChargedItsTotal() {
        Order order = stored("cust-1");
        deliver(SqsEventBuilder.aBatch().withOrder(order));
        assertThat(payments.find(order.orderId()).orElseThrow())
                .extracting(p -> p.status(), p -> p.amount()).containsExactly(PaymentStatus.CHARGED, "64.99");
    }

    @Test
    void completedOrderReservesItsStock() {
        Order order = stored("cust-1");
        deliver(SqsEventBuilder.aBatch().withOrder(order));
        assertThat(inventory.available("PEN-0042")).hasValue(8);
    }

    @Test
    void declinedPaymentEndsFailedWithNoStockReserved() {
        Order order = stored("decline-1");
        deliver(SqsEventBuilder.aBatch().withOrder(order));
        assertThat(orders.findById(order.orderId()).orElseThrow().failureReason()).isEqualTo("Payment declined");
        assertThat(inventory.available("PEN-0042")).hasValue(10);
    }

    @Test
    void declinedPaymentIsNotRetried() {
        Order order = stored("decline-1");
        assertThat(deliver(SqsEventBuilder.aBatch().withOrder(order)).getBatchItemFailures()).isEmpty();
    }

    @Test
    void outOfStockEndsFailedWithThePaymentRefunded() {
        inventory.stock("PEN-0042", 1);
        Order order = stored("cust-1");
        deliver(SqsEventBuilder.aBatch().withOrder(order));
        assertThat(orders.findById(order.orderId()).orElseThrow().failureReason()).isEqualTo("Out of stock: PEN-0042");
        assertThat(payments.find(order.orderId()).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void outOfStockReservesNothing() {
        inventory.stock("PEN-0042", 1);
        deliver(SqsEventBuilder.aBatch().withOrder(stored("cust-1")));
        assertThat(inventory.available("BOOK-0001")).hasValue(10);
    }

    @Test
    void transientFailureFailsOnlyThatMessage() {
        Order flaky = stored("flaky-1");
        Order fine = stored("cust-1");
        var batch = SqsEventBuilder.aBatch().withOrder(flaky).withOrder(fine);
        SQSBatchResponse response = deliver(batch);
        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(batch.messageId(0));
        assertThat(statusOf(fine)).isEqualTo(OrderStatus.COMPLETED);
        redeliverUntilDone(flaky);
    }

    /** What the queue does with a failed message: hands it back, up to the last receive. */
    private void redeliverUntilDone(Order order) {
        for (int receive = 2; receive <= 3 && !statusOf(order).isFinal(); receive++) {
            deliver(SqsEventBuilder.aBatch().withOrder(order, receive));
        }
    }

    @Test
    void transientFailureIsRetriedAndThenSucceeds() {
        Order order = stored("flaky-1");
        deliver(SqsEventBuilder.aBatch().withOrder(order, 1));
        deliver(SqsEventBuilder.aBatch().withOrder(order, 2));
        deliver(SqsEventBuilder.aBatch().withOrder(order, 3));
        assertThat(statusOf(order)).isEqualTo(OrderStatus.COMPLETED);
        assertThat(payments.find(order.orderId()).orElseThrow().attempts()).isEqualTo(3);
    }

    @Test
    void lastReceiveOfAFailingOrderEndsItFailedAndStillFailsTheMessage() {
        Order order = stored("poison-1");
        deliver(SqsEventBuilder.aBatch().withOrder(order, 1));
        deliver(SqsEventBuilder.aBatch().withOrder(order, 2));
        SQSBatchResponse last = deliver(SqsEventBuilder.aBatch().withOrder(order, 3));
        assertThat(last.getBatchItemFailures()).hasSize(1);
        assertThat(statusOf(order)).isEqualTo(OrderStatus.FAILED);
    }

    /** The processor as it runs while the payments table cannot be reached: every charge and every cancel fails. */
    private ProcessOrdersHandler withThePaymentsTableUnreachable() {
        var broken = new HashMap<>(environment);
        broken.put(ResourceEnvironment.PAYMENTS_TABLE, resources.paymentsTable() + "-unreachable");
        return new ProcessOrdersHandler(broken);
    }

    @Test
    void aGiveUpThatCannotCompleteFailsOnlyItsOwnMessage() {
        Order first = stored("poison-1");
        Order second = stored("poison-2");
        var batch = SqsEventBuilder.aBatch().withOrder(first, 3).withOrder(second, 3)
                .withBody(ApiJson.write(new ProcessingMessage(UUID.randomUUID().toString(), "2026-11-30T10:00:00.000Z", "c")), 3);

        SQSBatchResponse response = withThePaymentsTableUnreachable().handleRequest(batch.build(), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(batch.messageId(0), batch.messageId(1));
    }

    @Test
    void anOrderWhoseGiveUpCouldNotCancelThePaymentHasItCancelledWhenItsMessageIsRedriven() {
        Order order = stored("poison-1");
        withThePaymentsTableUnreachable().handleRequest(SqsEventBuilder.aBatch().withOrder(order, 3).build(), null);

        deliver(SqsEventBuilder.aBatch().withOrder(order, 1));

        assertThat(payments.find(order.orderId()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void unreadableMessageFailsAloneSoItReachesTheDeadLetterQueue() {
        Order fine = stored("cust-1");
        var batch = SqsEventBuilder.aBatch().withBody("{not json", 1).withOrder(fine);
        assertThat(deliver(batch).getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(batch.messageId(0));
    }

    @Test
    void sameMessageDeliveredTwiceChargesOnce() {
        Order order = stored("cust-1");
        deliver(SqsEventBuilder.aBatch().withOrder(order));
        deliver(SqsEventBuilder.aBatch().withOrder(order));
        assertThat(payments.find(order.orderId()).orElseThrow().attempts()).isEqualTo(1);
        assertThat(inventory.available("PEN-0042")).hasValue(8);
    }

    @Test
    void concurrentDuplicatesChargeAndReserveOnce() {
        Order order = stored("cust-1");
        var first = CompletableFuture.runAsync(() -> deliver(SqsEventBuilder.aBatch().withOrder(order)));
        var second = CompletableFuture.runAsync(() -> deliver(SqsEventBuilder.aBatch().withOrder(order)));
        CompletableFuture.allOf(first, second).join();
        deliver(SqsEventBuilder.aBatch().withOrder(order, 2));
        assertThat(inventory.available("PEN-0042")).hasValue(8);
        assertThat(payments.find(order.orderId()).orElseThrow().status()).isEqualTo(PaymentStatus.CHARGED);
    }

    @Test
    void largeOrderIsHandedToTheWorkflowOnceEvenWhenDeliveredTwice() {
        try (var stateMachine = new MotoStateMachine(aws)) {
            environment.put("WORKFLOW_STATE_MACHINE_ARN", stateMachine.arn());
            environment.put("WORKFLOW_THRESHOLD", "50.00");
            handler = new ProcessOrdersHandler(environment);
            Order order = stored("cust-1");
            awaitingWorkflow.add(order.orderId());
            deliver(SqsEventBuilder.aBatch().withOrder(order));
            deliver(SqsEventBuilder.aBatch().withOrder(order, 2));
            assertThat(stateMachine.executionNames()).containsExactly(order.orderId());
        }
    }

    @Test
    void orderBelowTheThresholdIsNotHandedToTheWorkflow() {
        try (var stateMachine = new MotoStateMachine(aws)) {
            environment.put("WORKFLOW_STATE_MACHINE_ARN", stateMachine.arn());
            environment.put("WORKFLOW_THRESHOLD", "100.00");
            handler = new ProcessOrdersHandler(environment);
            Order order = stored("cust-1");
            deliver(SqsEventBuilder.aBatch().withOrder(order));
            assertThat(stateMachine.executionNames()).isEmpty();
        }
    }

    @Test
    void completedOrderEmitsProcessingMetrics() {
        Order order = stored("cust-1");
        String output = StandardOutput.capturedFrom(() -> deliver(SqsEventBuilder.aBatch().withOrder(order)));
        assertThat(output).contains("\"OrdersCompleted\":1.0", "\"OrdersProcessed\":1.0", "ProcessingDuration");
    }

    @Test
    void primingForSnapStartWritesNothing() {
        StoredItems before = StoredItems.of(aws, resources);
        handler.prime();
        assertThat(StoredItems.of(aws, resources)).isEqualTo(before);
    }
}
