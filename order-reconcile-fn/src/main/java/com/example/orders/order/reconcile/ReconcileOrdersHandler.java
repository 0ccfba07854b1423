package com.example.orders.order.reconcile;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.core.adapter.aws.AwsClientFactory;
import com.example.orders.core.adapter.dynamodb.CannedDynamoDbResponses;
import com.example.orders.core.adapter.dynamodb.DynamoDbStalledOrders;
import com.example.orders.core.metrics.MetricNames;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.reconcile.OrderReconciliation;
import com.example.orders.core.order.reconcile.ReconciliationReport;
import com.example.orders.lambda.EventFunction;
import com.example.orders.lambda.FunctionEnvironment;
import com.example.orders.lambda.FunctionMetrics;
import com.example.orders.lambda.MetricUnit;
import com.example.orders.lambda.PrimingHttpClient;
import com.example.orders.lambda.SnapStartPrimed;
import com.example.orders.lambda.SnapStartPriming;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Run by EventBridge Scheduler every few minutes (locally, by a background loop): queues again
 * every order PENDING or PROCESSING for longer than the requeue age, and reports how many were
 * queued and how many were stuck past the alarm age, as metrics (the stuck count alarms) and as
 * its result. Whatever the schedule sends as input is ignored. A run that fails is simply the
 * next run's work: nothing is lost by a missed run.
 *
 * <p>Primed for SnapStart by a sweep for orders unchanged since 1970 (a read that finds none), then
 * by a sweep on clients that answer in place ({@link PrimingHttpClient}) that finds one stalled order
 * and queues it again: nothing is queued, and the metrics are serialized without being written.
 */
public final class ReconcileOrdersHandler implements RequestHandler<Map<String, Object>, Map<String, Integer>>, SnapStartPrimed {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileOrdersHandler.class);

    private final OrderReconciliation reconciliation;
    private final EventFunction function;
    private final String service;
    private final ReconcileSettings settings;
    /** For priming's clients, built when priming, never on an on-demand start. */
    private final AwsClientFactory aws;
    /** Held here: CRaC references its resources weakly. */
    private final SnapStartPriming priming;

    /** Lambda's entry point: configuration from the process environment. */
    public ReconcileOrdersHandler() {
        this(System.getenv());
    }

    public ReconcileOrdersHandler(Map<String, String> environment) {
        this.settings = ReconcileSettings.from(new FunctionEnvironment(environment));
        this.aws = new AwsClientFactory(environment);
        this.reconciliation = new OrderReconciliation(
                new DynamoDbStalledOrders(aws.dynamoDb(), settings.ordersTable()),
                new SqsProcessingQueue(aws.client("SQS", SqsClient::builder), settings.processingQueueUrl()),
                settings.policy(),
                Clock.systemUTC());
        this.service = settings.service();
        this.function = new EventFunction(service);
        this.priming = SnapStartPriming.register(service, this);
    }

    @Override
    public void prime() {
        if (!new DynamoDbStalledOrders(aws.dynamoDb(), settings.ordersTable()).stalledSince(OrderStatus.PENDING, Instant.EPOCH, 1)
                .isEmpty()) {
            throw new IllegalStateException("Priming: an order was last changed before 1970");
        }
        Order stalled = SnapStartPriming.order(OrderStatus.PENDING);
        var table = PrimingHttpClient.answering(CannedDynamoDbResponses.queryFinding(List.of(stalled)));
        // SQS checks the body's MD5 in the answer against the body it sent.
        var queue = PrimingHttpClient.answering("{\"MessageId\":\"snapstart-priming\",\"MD5OfMessageBody\":\""
                + md5(SqsProcessingQueue.message(stalled)) + "\"}");
        try (DynamoDbClient dynamoDb = table.client(aws.configure(DynamoDbClient.builder(), "DYNAMODB"));
                SqsClient sqs = queue.client(aws.configure(SqsClient.builder(), "SQS"))) {
            var rehearsal = new OrderReconciliation(new DynamoDbStalledOrders(dynamoDb, settings.ordersTable()),
                    new SqsProcessingQueue(sqs, settings.processingQueueUrl()), settings.policy(), Clock.systemUTC());
            queue.prime("a stalled order's requeue", () -> {
                if (rehearsal.reconcile().requeued().isEmpty()) {
                    throw new IllegalStateException("Priming: the rehearsed sweep queued nothing");
                }
            });
        }
        FunctionMetrics.prime(service);
    }

    private static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has MD5", impossible);
        }
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
