package com.example.orders.workflow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.core.adapter.aws.AwsClientFactory;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.adapter.dynamodb.SimulatedPayments;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderRepository;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.Transition;
import com.example.orders.core.order.process.FailureReasons;
import com.example.orders.core.order.process.Inventory;
import com.example.orders.core.order.process.PaymentStatus;
import com.example.orders.core.order.process.Payments;
import com.example.orders.core.order.process.Reservation;
import com.example.orders.core.order.process.TransientFailureException;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.lambda.EventFunction;
import com.example.orders.lambda.FunctionEnvironment;
import com.example.orders.lambda.PrimingHttpClient;
import com.example.orders.lambda.SnapStartPrimed;
import com.example.orders.lambda.SnapStartPriming;
import com.example.orders.lambda.StandaloneContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Lambda behind every Task state of the order workflow; the state's Parameters name the
 * task. The steps are the ones order-process-fn runs (same payments, inventory and repository
 * from order-core): one implementation, two orchestrations. Failures are thrown as named
 * exceptions for the state machine's Retry and Catch. Nothing here announces a status change:
 * the table's stream does, because it was stored.
 *
 * <p>Primed for SnapStart by validating an order that does not exist (a read), then by running
 * every task on a rehearsal whose DynamoDB client answers in place ({@link PrimingHttpClient}):
 * nothing is written.
 */
public final class OrderWorkflowTasks implements RequestHandler<Map<String, Object>, Map<String, Object>>, SnapStartPrimed {

    private static final Logger LOG = LoggerFactory.getLogger(OrderWorkflowTasks.class);

    /** The task names the state machine's Parameters may use; a test holds the definition to these. */
    public static final Set<String> TASKS = Set.of("ValidateOrder", "ProcessPayment", "UpdateInventory",
            "CompleteOrder", "RefundPayment", "MarkOrderFailed");

    private final OrderRepository orders;
    private final Payments payments;
    private final Inventory inventory;
    private final String service;
    private final EventFunction function;
    /** For priming's rehearsal, built when priming, never on an on-demand start. */
    private final Map<String, String> environment;
    /** Held here: CRaC references its resources weakly; null on a rehearsal. */
    private final SnapStartPriming priming;

    /** Lambda's entry point: configuration from the process environment. */
    public OrderWorkflowTasks() {
        this(System.getenv());
    }

    public OrderWorkflowTasks(Map<String, String> environment) {
        this(environment, new AwsClientFactory(environment).dynamoDb(), true);
    }

    private OrderWorkflowTasks(Map<String, String> environment, DynamoDbClient dynamoDb, boolean primed) {
        var env = new FunctionEnvironment(environment);
        var clock = Clock.systemUTC();
        this.orders = new DynamoDbOrderRepository(dynamoDb, env.require(ResourceEnvironment.ORDERS_TABLE), clock);
        this.payments = new SimulatedPayments(dynamoDb, env.require(ResourceEnvironment.PAYMENTS_TABLE), clock);
        this.inventory = new InventoryReservations(dynamoDb, env.require(ResourceEnvironment.INVENTORY_TABLE));
        this.service = env.optional("POWERTOOLS_SERVICE_NAME", "order-workflow");
        this.function = new EventFunction(service);
        this.environment = environment;
        this.priming = primed ? SnapStartPriming.register(service, this) : null;
    }

    @Override
    public void prime() {
        try {
            handleRequest(task("ValidateOrder"), StandaloneContext.priming(service));
            throw new IllegalStateException("Priming: an order has the id reserved for priming");
        } catch (OrderNotProcessableException expected) {
            // No order has the nil id: the read went to the table and found nothing.
        }
        // Every task, in the order the state machine runs them, on an order found PROCESSING.
        var unsent = SnapStartPriming.dynamoDbProcessingAnOrder();
        var aws = new AwsClientFactory(environment);
        try (DynamoDbClient dynamoDb = unsent.client(aws.configure(DynamoDbClient.builder(), "DYNAMODB"))) {
            var rehearsal = new OrderWorkflowTasks(environment, dynamoDb, false);
            for (String task : List.of("ValidateOrder", "ProcessPayment", "UpdateInventory", "CompleteOrder", "RefundPayment",
                    "MarkOrderFailed")) {
                unsent.prime("the " + task + " task", () -> rehearsal.handleRequest(task(task), StandaloneContext.priming(service)));
            }
        }
    }

    private static Map<String, Object> task(String task) {
        return Map.of("task", task, "orderId", SnapStartPriming.NO_SUCH_ORDER, "correlationId", "snapstart-priming",
                "failedStep", "UpdateInventory", "failure", Map.of("Error", "OutOfStockException", "Cause",
                        "{\"errorMessage\":\"Out of stock: SnapStart priming\"}"));
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String task = String.valueOf(input.get("task"));
        String orderId = String.valueOf(input.get("orderId"));
        Object correlationId = input.get("correlationId");
        return function.handle(context, () -> function.correlated(correlationId == null ? null : correlationId.toString(),
                orderId, () -> run(task, orderId, input)));
    }

    private Map<String, Object> run(String task, String orderId, Map<String, Object> input) {
        LOG.info("Workflow task {} for order {}", task, orderId);
        transientOnInfrastructure(() -> {
            switch (task) {
                case "ValidateOrder" -> validate(orderId);
                case "ProcessPayment" -> pay(orderId);
                case "UpdateInventory" -> reserve(orderId);
                case "CompleteOrder" -> complete(orderId);
                case "RefundPayment" -> payments.refund(orderId);
                case "MarkOrderFailed" -> markFailed(orderId, WorkflowFailure.from(input));
                default -> throw new IllegalArgumentException("No workflow task named " + task);
            }
            return null;
        });
        return Map.of("orderId", orderId);
    }

    private Order processing(String orderId) {
        Order order = orders.findById(orderId)
                .orElseThrow(() -> new OrderNotProcessableException("No order has id " + orderId));
        if (order.status() != OrderStatus.PROCESSING) {
            throw new OrderNotProcessableException("Order " + orderId + " is " + order.status() + ", not PROCESSING");
        }
        return order;
    }

    private void validate(String orderId) {
        processing(orderId);
    }

    private void pay(String orderId) {
        if (payments.charge(processing(orderId)) != PaymentStatus.CHARGED) {
            throw new PaymentDeclinedException(FailureReasons.PAYMENT_DECLINED);
        }
    }

    private void reserve(String orderId) {
        if (inventory.reserve(processing(orderId)) instanceof Reservation.OutOfStock outOfStock) {
            throw new OutOfStockException(FailureReasons.outOfStock(outOfStock.sku()));
        }
    }

    private void complete(String orderId) {
        Transition done = orders.transition(orderId, OrderStatus.PROCESSING, OrderStatus.COMPLETED);
        if (done instanceof Transition.Refused refused && refused.current() != OrderStatus.COMPLETED) {
            throw new OrderNotProcessableException("Order " + orderId + " is " + refused.current());
        }
    }

    private void markFailed(String orderId, WorkflowFailure failure) {
        orders.markFailed(orderId, OrderStatus.PROCESSING, failure.reason());
    }

    /** Anything the infrastructure throws is worth a retry; business outcomes pass unchanged. */
    private static void transientOnInfrastructure(Supplier<Void> step) {
        try {
            step.get();
        } catch (TransientFailureException | SdkException retryable) {
            throw new TransientTaskException(retryable.getMessage());
        }
    }
}
