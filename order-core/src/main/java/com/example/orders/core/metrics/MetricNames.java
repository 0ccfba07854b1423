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

    private MetricNames() {
    }
}
