package com.example.orders.order.notify;

import com.example.orders.core.metrics.MetricNames;

/** What became of one notification on one channel, and the metric that counts it. */
public enum Outcome {
    SENT(MetricNames.NOTIFICATIONS_SENT),
    SKIPPED_NO_CONTACT(MetricNames.NOTIFICATIONS_SKIPPED),
    SKIPPED_DISABLED(MetricNames.NOTIFICATIONS_SKIPPED),
    /** An earlier delivery of the same event already notified on this channel. */
    DUPLICATE(MetricNames.NOTIFICATIONS_SKIPPED),
    /** SES or SNS refused or failed; the event is retried. */
    FAILED(MetricNames.NOTIFICATIONS_FAILED);

    private final String metricName;

    Outcome(String metricName) {
        this.metricName = metricName;
    }

    public String metricName() {
        return metricName;
    }
}
