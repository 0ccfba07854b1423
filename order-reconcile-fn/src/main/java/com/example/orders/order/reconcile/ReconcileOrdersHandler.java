package com.example.orders.order.reconcile;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.core.adapter.aws.AwsClientFactory;
import com.example.orders.core.adapter.dynamodb.DynamoDbStalledOrders;
import com.example.orders.core.metrics.MetricNames;
import com.example.orders.core.order.reconcile.OrderReconciliation;
import com.example.orders.core.order.reconcile.ReconciliationReport;
import com.example.orders.lambda.EventFunction;
import com.example.orders.lambda.FunctionEnvironment;
import com.example.orders.lambda.FunctionMetrics;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Run by EventBridge Scheduler every few minutes (locally, by a background loop): queues again
 * every order PENDING or PROCESSING for longer than the requeue age, and reports how many were
 * queued and how many were stuck past the alarm age, as metrics (the stuck count alarms) and as
 * its result. Whatever the schedule sends as input is ignored. A run that fails is simply the
 * next run's work: nothing is lost by a missed run.
 */
public final class ReconcileOrdersHandler implements RequestHandler<Map<String, Object>, Map<String, Integer>> {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileOrdersHandler.class);

    private final OrderReconciliation reconciliation;
    private final EventFunction function;
    private final String service;

    /** Lambda's entry point: configuration from the process environment. */
    public ReconcileOrdersHandler() {
        this(System.getenv());
    }

    public ReconcileOrdersHandler(Map<String, String> environment) {
        var settings = ReconcileSettings.from(new FunctionEnvironment(environment));
        var aws = new AwsClientFactory(environment);
        this.reconciliation = new OrderReconciliation(
                new DynamoDbStalledOrders(aws.dynamoDb(), settings.ordersTable()),
                new SqsProcessingQueue(aws.client("SQS", SqsClient::builder), settings.processingQueueUrl()),
                settings.policy(),
                Clock.systemUTC());
        this.service = settings.service();
        this.function = new EventFunction(service);
    }

    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> schedule, Context context) {
        return function.handle(context, () -> {
            ReconciliationReport report = reconciliation.reconcile();
            if (!report.requeued().isEmpty()) {
                LOG.warn("Queued {} stalled orders again ({} stuck past the alarm age): {}", report.requeued().size(),
                        report.stuck(), report.requeued());
            }
            try (var metrics = FunctionMetrics.forService(service)) {
                metrics.record(MetricNames.ORDERS_REQUEUED, report.requeued().size(), MetricUnit.COUNT);
                metrics.record(MetricNames.ORDERS_STUCK, report.stuck(), MetricUnit.COUNT);
            }
            return Map.of("requeued", report.requeued().size(), "stuck", report.stuck());
        });
    }
}
