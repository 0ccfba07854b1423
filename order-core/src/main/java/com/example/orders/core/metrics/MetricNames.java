package com.example.orders.core.metrics;

/**
 * Every custom metric the platform emits, named once. Dashboards and alarms are checked
 * against this list, so a metric renamed here and not there fails the build.
 */
public final class MetricNames {

    public static final String NAMESPACE = "OrdersPlatform";
    public static final String SERVICE_DIMENSION = "Service";

    /** An order was accepted (not an idempotent replay). */
    public static final String ORDERS_CREATED = "OrdersCreated";
    /** The total of an accepted order, in its currency's major unit. */
    public static final String ORDER_VALUE = "OrderValue";

    /** An order's processing began (PENDING to PROCESSING), whatever its outcome. */
    public static final String ORDERS_PROCESSED = "OrdersProcessed";
    /** An order ended COMPLETED. */
    public static final String ORDERS_COMPLETED = "OrdersCompleted";
    /** An order ended FAILED (declined, out of stock, or an exhausted workflow). */
    public static final String ORDERS_FAILED = "OrdersFailed";
    /** A payment was declined. */
    public static final String PAYMENTS_DECLINED = "PaymentsDeclined";
    /** Milliseconds from taking an order off the queue to its final status (or hand-off). */
    public static final String PROCESSING_DURATION = "ProcessingDuration";
    /** A notification was delivered to SES or SNS; dimension Channel (EMAIL, SMS). */
    public static final String NOTIFICATIONS_SENT = "NotificationsSent";
    /** A notification could not be delivered and will be retried; dimension Channel. */
    public static final String NOTIFICATIONS_FAILED = "NotificationsFailed";
    /** A notification was not sent: no contact, channel off, or already sent; dimension Channel. */
    public static final String NOTIFICATIONS_SKIPPED = "NotificationsSkipped";

    /** Orders the reconciler queued again: PENDING or PROCESSING for longer than the requeue age. */
    public static final String ORDERS_REQUEUED = "OrdersRequeued";
    /** Of those, the ones unchanged past the alarm age: requeuing has not moved them. */
    public static final String ORDERS_STUCK = "OrdersStuck";

    private MetricNames() {
    }
}
