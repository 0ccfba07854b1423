package com.example.orders.lambda;

import com.example.orders.core.metrics.MetricNames;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;
import software.amazon.lambda.powertools.metrics.provider.EmfMetricsProvider;

/**
 * One invocation's metrics, written as CloudWatch embedded metric format (EMF) by Powertools
 * when closed. A fresh Powertools metrics logger per invocation rather than its JVM-wide
 * singleton: several functions share one JVM in the local runtime, and each must keep its own
 * Service dimension.
 */
public final class FunctionMetrics implements AutoCloseable {

    private static final EmfMetricsProvider PROVIDER = new EmfMetricsProvider();

    private final Metrics metrics;
    private boolean recorded;

    private FunctionMetrics(String service) {
        this.metrics = PROVIDER.getMetricsInstance();
        metrics.setNamespace(MetricNames.NAMESPACE);
        metrics.setDefaultDimensions(DimensionSet.of(MetricNames.SERVICE_DIMENSION, service));
    }

    public static FunctionMetrics forService(String service) {
        return new FunctionMetrics(service);
    }

    public void count(String name) {
        record(name, 1, MetricUnit.COUNT);
    }

    public void record(String name, double value, MetricUnit unit) {
        metrics.addMetric(name, value, unit);
        recorded = true;
    }

    /**
     * A metric with its own dimensions, written at once. Metric values are doubles in
     * CloudWatch; this is the one place an amount becomes one, for display only.
     */
    public void recordSingle(String name, double value, MetricUnit unit, DimensionSet dimensions) {
        metrics.flushSingleMetric(name, value, unit, MetricNames.NAMESPACE, dimensions);
    }

    @Override
    public void close() {
        if (recorded) {
            metrics.flush();
        }
    }
}
