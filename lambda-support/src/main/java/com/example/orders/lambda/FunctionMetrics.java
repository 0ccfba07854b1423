package com.example.orders.lambda;

import com.example.orders.core.metrics.MetricNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.model.Unit;
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
    private static final String PRIMING_METRIC = "SnapStartPriming";

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

    /**
     * For SnapStart priming: records metrics as an invocation does and serializes them as a flush
     * does (Jackson's introspection of the EMF model was a third of the processor's first
     * invocation after a restore), but writes nothing. A flush would print them, and CloudWatch
     * would count the snapshot's metrics as real ones.
     */
    public static void prime(String service) {
        var unflushed = new FunctionMetrics(service);
        unflushed.count(PRIMING_METRIC);
        unflushed.record(PRIMING_METRIC, 1, MetricUnit.MILLISECONDS);
        try {
            var context = new MetricsContext();
            context.setNamespace(MetricNames.NAMESPACE);
            context.putDimension(MetricNames.SERVICE_DIMENSION, service);
            context.putMetric(PRIMING_METRIC, 1, Unit.COUNT);
            context.putMetric(PRIMING_METRIC + "Duration", 1, Unit.MILLISECONDS);
            if (context.serialize().isEmpty()) {
                throw new IllegalStateException("Priming metrics serialized to nothing");
            }
        } catch (JsonProcessingException | RuntimeException failure) {
            throw new IllegalStateException("Priming metrics failed", failure);
        }
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
