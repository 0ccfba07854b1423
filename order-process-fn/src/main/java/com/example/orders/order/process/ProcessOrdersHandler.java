package com.example.orders.order.process;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.core.adapter.aws.AwsClientFactory;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.adapter.dynamodb.SimulatedPayments;
import com.example.orders.core.adapter.stepfunctions.StepFunctionsWorkflowStarter;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.http.ProcessingMessageJson;
import com.example.orders.core.metrics.MetricNames;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.process.OrderProcessing;
import com.example.orders.core.order.process.ProcessingOutcome;
import com.example.orders.core.order.process.Reservation;
import com.example.orders.lambda.EventFunction;
import com.example.orders.lambda.FunctionEnvironment;
import com.example.orders.lambda.FunctionMetrics;
import com.example.orders.lambda.MetricUnit;
import com.example.orders.lambda.SnapStartPrimed;
import com.example.orders.lambda.SnapStartPriming;
import com.example.orders.lambda.StandaloneContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Takes batches from order-processing-queue and reports partial failures: a message that
 * failed transiently is returned to the queue (and after the last receive goes to the
 * dead-letter queue), the rest of its batch is done. Business outcomes (declined, out of
 * stock) are final and never retried. Primed for SnapStart with a message for an order that
 * does not exist, which is only read.
 */
public final class ProcessOrdersHandler implements RequestHandler<SQSEvent, SQSBatchResponse>, SnapStartPrimed {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessOrdersHandler.class);

    private final OrderProcessing processing;
    private final SimulatedPayments payments;
    private final InventoryReservations inventory;
    private final String service;
    private final EventFunction function;
    private final int maxReceiveCount;
    private final ProcessingSettings settings;
    /** For priming's clients, built when priming, never on an on-demand start. */
    private final AwsClientFactory aws;
    /** Held here: CRaC references its resources weakly. */
    private final SnapStartPriming priming;

    /** Lambda's entry point: configuration from the process environment. */
    public ProcessOrdersHandler() {
        this(System.getenv());
    }

    public ProcessOrdersHandler(Map<String, String> environment) {
        this.settings = ProcessingSettings.from(new FunctionEnvironment(environment));
        this.aws = new AwsClientFactory(environment);
        var clock = Clock.systemUTC();
        this.payments = new SimulatedPayments(aws.dynamoDb(), settings.paymentsTable(), clock);
        this.inventory = new InventoryReservations(aws.dynamoDb(), settings.inventoryTable());
        this.processing = new OrderProcessing(
                new DynamoDbOrderRepository(aws.dynamoDb(), settings.ordersTable(), clock),
                payments,
                inventory,
                settings.workflowStateMachineArn().map(arn ->
                        new StepFunctionsWorkflowStarter(aws.client("SFN", SfnClient::builder), arn)),
                settings.workflowThreshold());
        this.service = settings.service();
        this.function = new EventFunction(service);
        this.maxReceiveCount = settings.maxReceiveCount();
        this.priming = SnapStartPriming.register(service, this);
    }

    @Override
    public void prime() {
        var message = new SQSEvent.SQSMessage();
        message.setMessageId("snapstart-priming");
        message.setBody(ApiJson.write(new ProcessingMessage(SnapStartPriming.NO_SUCH_ORDER, "1970-01-01T00:00:00.000Z",
                "snapstart-priming")));
        message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        var event = new SQSEvent();
        event.setRecords(List.of(message));
        if (!handleRequest(event, StandaloneContext.priming(service)).getBatchItemFailures().isEmpty()) {
            throw new IllegalStateException("Priming: a message for an order that does not exist was not taken");
        }
        // The write paths too, with conditions that cannot hold, so nothing is written: a refund of
        // an order never charged, a reservation of a SKU no one stocks (the transaction is cancelled).
        payments.refund(SnapStartPriming.NO_SUCH_ORDER);
        if (!(inventory.reserve(SnapStartPriming.order(OrderStatus.PROCESSING)) instanceof Reservation.OutOfStock)) {
            throw new IllegalStateException("Priming: the priming SKU " + SnapStartPriming.UNSTOCKED_SKU + " is stocked");
        }
        // The accepted path end to end, every call answered by the priming client: the order is
        // found PROCESSING, charged, its stock reserved, completed, and nothing is written.
        var unsent = SnapStartPriming.dynamoDbProcessingAnOrder();
        try (DynamoDbClient dynamoDb = unsent.client(aws.configure(DynamoDbClient.builder(), "DYNAMODB"))) {
            var clock = Clock.systemUTC();
            var rehearsal = new OrderProcessing(new DynamoDbOrderRepository(dynamoDb, settings.ordersTable(), clock),
                    new SimulatedPayments(dynamoDb, settings.paymentsTable(), clock),
                    new InventoryReservations(dynamoDb, settings.inventoryTable()), Optional.empty(), settings.workflowThreshold());
            unsent.prime("an order's processing", () -> {
                ProcessingOutcome outcome = rehearsal.process(SnapStartPriming.NO_SUCH_ORDER);
                if (outcome != ProcessingOutcome.COMPLETED) {
                    throw new IllegalStateException("Priming: the rehearsed order ended " + outcome);
                }
            });
        }
        FunctionMetrics.prime(service);
    }


    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return function.handle(context, () -> EventFunction.eachMessage(event, this::handle));
    }

    /** @return false when the message must come back (or, after its last receive, go to the DLQ) */
    private boolean handle(SQSEvent.SQSMessage message) {
        ProcessingMessage work;
        try {
            work = ProcessingMessageJson.read(message.getBody());
        } catch (RuntimeException unreadable) {
            LOG.error("Message {} is not a processing message; it will end in the dead-letter queue", message.getMessageId());
            return false;
        }
        return function.correlated(work.correlationId(), message.getMessageId(), () -> process(work, message));
    }

    private boolean process(ProcessingMessage work, SQSEvent.SQSMessage message) {
        long started = System.nanoTime();
        try (var metrics = FunctionMetrics.forService(service)) {
            try {
                ProcessingOutcome outcome = processing.process(work.orderId());
                LOG.info("Order {} processed: {}", work.orderId(), outcome);
                record(metrics, outcome, started);
                return true;
            } catch (RuntimeException failure) {
                int receives = EventFunction.receiveCount(message);
                LOG.warn("Order {} failed on receive {} of {}: {}", work.orderId(), receives, maxReceiveCount,
                        failure.toString());
                if (receives >= maxReceiveCount) {
                    giveUp(work, failure, metrics, started);
                }
                return false;
            }
        }
    }

    /**
     * A give-up that fails itself (the table or the topic unreachable) touches only its own
     * message: that one goes to the dead-letter queue with the order still recoverable (a redrive
     * or the reconciler finishes it), while the rest of the batch is handled as usual.
     */
    private void giveUp(ProcessingMessage work, RuntimeException lastFailure, FunctionMetrics metrics, long started) {
        try {
            record(metrics, processing.giveUp(work.orderId(), lastFailure.getMessage()), started);
        } catch (RuntimeException giveUpFailure) {
            LOG.error("Giving up order {} failed; its message goes to the dead-letter queue: {}", work.orderId(),
                    giveUpFailure.toString());
        }
    }

    private static void record(FunctionMetrics metrics, ProcessingOutcome outcome, long startedNanos) {
        switch (outcome) {
            case COMPLETED -> metrics.count(MetricNames.ORDERS_COMPLETED);
            case DECLINED -> {
                metrics.count(MetricNames.ORDERS_FAILED);
                metrics.count(MetricNames.PAYMENTS_DECLINED);
            }
            case OUT_OF_STOCK, GAVE_UP -> metrics.count(MetricNames.ORDERS_FAILED);
            case HANDED_TO_WORKFLOW, ALREADY_FINAL, NOT_FOUND -> { }
        }
        if (outcome != ProcessingOutcome.ALREADY_FINAL && outcome != ProcessingOutcome.NOT_FOUND) {
            metrics.count(MetricNames.ORDERS_PROCESSED);
            metrics.record(MetricNames.PROCESSING_DURATION, (System.nanoTime() - startedNanos) / 1_000_000.0,
                    MetricUnit.MILLISECONDS);
        }
    }

}
