package com.example.orders.workflow;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.adapter.dynamodb.SimulatedPayments;
import com.example.orders.core.adapter.stepfunctions.StepFunctionsWorkflowStarter;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.process.PaymentStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.stepfunctions.DefinitionSubstitutions;
import com.example.orders.localaws.stepfunctions.Execution;
import com.example.orders.localaws.stepfunctions.LocalStateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployed definition file, executed by aws-local-stepfunctions, its Task states reaching
 * the real task handler on DynamoDB Local and moto.
 */
@LocalAwsTest
class OrderWorkflowIT {

    static final String TASKS_ARN = "arn:aws:lambda:us-east-1:000000000000:function:order-workflow-tasks";

    private DynamoDbOrderRepository orders;
    private SimulatedPayments payments;
    private InventoryReservations inventory;
    private LocalStateMachine workflow;
    private final List<Order> started = new ArrayList<>();

    static String definition() {
        try (InputStream in = OrderWorkflowIT.class.getResourceAsStream("/order-workflow.asl.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        var environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        var tasks = new OrderWorkflowTasks(environment);
        workflow = new LocalStateMachine(definition(),
                new DefinitionSubstitutions(Map.of("OrderWorkflowTasksFunctionArn", TASKS_ARN)),
                (arn, input) -> tasks.handleRequest(input, null));
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        payments = new SimulatedPayments(aws.dynamoDb(), resources.paymentsTable(), Clock.systemUTC());
        inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        inventory.stock("BOOK-0001", 10);
        inventory.stock("PEN-0042", 10);
    }

    /** No execution leaves its order half-processed. */
    @AfterEach
    void everyOrderEndedFinal() {
        started.forEach(order -> assertThat(status(order).isFinal()).as("order %s final", order.orderId()).isTrue());
    }

    /** An order as order-process-fn hands it over: already PROCESSING. */
    private Order handedOver(String customerId) {
        Order order = anOrder().withCustomer(new Customer(customerId, null, null)).withStatus(OrderStatus.PROCESSING).build();
        orders.create(order);
        started.add(order);
        return order;
    }

    private Execution run(LocalStateMachine machine, Order order) {
        return machine.run(StepFunctionsWorkflowStarter.executionInput(order));
    }

    private OrderStatus status(Order order) {
        return orders.findById(order.orderId()).orElseThrow().status();
    }

    private String failureReason(Order order) {
        return orders.findById(order.orderId()).orElseThrow().failureReason();
    }

    @Test
    void happyPathCompletesTheOrder() {
        Order order = handedOver("cust-1");
        assertThat(run(workflow, order).succeeded()).isTrue();
        assertThat(status(order)).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void happyPathChargesAndReserves() {
        Order order = handedOver("cust-1");
        run(workflow, order);
        assertThat(payments.find(order.orderId()).orElseThrow().status()).isEqualTo(PaymentStatus.CHARGED);
        assertThat(inventory.available("PEN-0042")).hasValue(8);
    }

    @Test
    void declinedPaymentFailsTheOrderWithItsStep() {
        Order order = handedOver("decline-1");
        assertThat(run(workflow, order).error()).isEqualTo("OrderFailed");
        assertThat(failureReason(order)).startsWith("Payment declined (step ProcessPayment");
        assertThat(inventory.available("PEN-0042")).hasValue(10);
    }

    @Test
    void outOfStockRefundsThePaymentThenFailsTheOrder() {
        inventory.stock("PEN-0042", 1);
        Order order = handedOver("cust-1");
        run(workflow, order);
        assertThat(payments.find(order.orderId()).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(failureReason(order)).startsWith("Out of stock: PEN-0042 (step UpdateInventory");
    }

    @Test
    void transientErrorIsRetriedWithBackoffAndThenSucceeds() {
        Order order = handedOver("flaky-1");
        assertThat(run(workflow, order).succeeded()).isTrue();
        assertThat(payments.find(order.orderId()).orElseThrow().attempts()).isEqualTo(3);
        assertThat(status(order)).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void exhaustedRetryBudgetTakesTheFailurePath() {
        Order order = handedOver("poison-1");
        Execution execution = run(workflow.withRetryInterval(Duration.ofMillis(10)), order);
        assertThat(execution.error()).isEqualTo("OrderFailed");
        assertThat(payments.find(order.orderId()).orElseThrow().attempts()).isEqualTo(4);
        assertThat(failureReason(order)).contains("step ProcessPayment", TransientTaskException.class.getName());
    }
}
