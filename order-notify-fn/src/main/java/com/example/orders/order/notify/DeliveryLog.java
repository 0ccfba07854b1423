package com.example.orders.order.notify;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.lambda.FunctionMetrics;
import com.example.orders.lambda.MetricUnit;
import com.example.orders.lambda.SnapStartPriming;
import com.example.orders.lambda.logging.JsonLogProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each notification's outcome: one structured log line (orderId, status, channel,
 * outcome as JSON fields, so Logs Insights can filter on them) and one metric with a Channel
 * dimension. Contact details are never passed in, so they cannot be logged.
 *
 * <p>Values are passed as strings: Powertools writes those itself, while any other object goes
 * through its Jackson object mapper (and JMESPath set-up), which the notifier does without.
 */
final class DeliveryLog {

    static final String CHANNEL_DIMENSION = "Channel";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);

    private final FunctionMetrics metrics;

    DeliveryLog(FunctionMetrics metrics) {
        this.metrics = metrics;
    }

    void record(OrderStatusChanged change, Channel channel, Outcome outcome) {
        LOG.info("Notification {} {} {} {}", entry("orderId", change.orderId()), entry("status", change.status().name()),
                entry("channel", channel.name()), entry("outcome", outcome.name()));
        count(channel, outcome);
    }

    void failed(OrderStatusChanged change, NotificationFailedException.Failure failure) {
        LOG.warn("Notification {} {} {} {} {}", entry("orderId", change.orderId()), entry("status", change.status().name()),
                entry("channel", failure.channel().name()), entry("outcome", Outcome.FAILED.name()),
                entry("errorCode", failure.errorCode()));
        count(failure.channel(), Outcome.FAILED);
    }

    /** For SnapStart priming: formats a delivery's line, writing nothing. */
    static void prime() {
        JsonLogProvider.formatWithoutWriting(entry("orderId", SnapStartPriming.NO_SUCH_ORDER), entry("status", OrderStatus.FAILED.name()),
                entry("channel", Channel.EMAIL.name()), entry("outcome", Outcome.SENT.name()));
    }

    private void count(Channel channel, Outcome outcome) {
        metrics.recordSingle(outcome.metricName(), 1, MetricUnit.COUNT, CHANNEL_DIMENSION, channel.name());
    }
}
