package com.example.orders.lambda;

import com.example.orders.core.metrics.MetricNames;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One invocation's metrics, written as one CloudWatch embedded metric format (EMF) line on
 * standard output when closed, under the function's Service dimension. Written by
 * {@link EmfDocument}, not Powertools metrics: its EMF library cost every function about 120
 * classes and 35 ms on its first flush and 0.85 MB of jar (decision 17). A fresh instance per
 * invocation: several functions share one JVM in the local runtime, each with its own Service.
 */
public final class FunctionMetrics implements AutoCloseable {

    private static final String PRIMING_METRIC = "SnapStartPriming";

    private final String service;
    private final EmfDocument document;

    private FunctionMetrics(String service) {
        this.service = service;
        this.document = new EmfDocument(MetricNames.NAMESPACE, Map.of(MetricNames.SERVICE_DIMENSION, service));
    }

    public static FunctionMetrics forService(String service) {
        return new FunctionMetrics(service);
    }

    /**
     * For SnapStart priming: records metrics and writes their document as a flush does, into a
     * string nobody reads. A printed line in the snapshot's log would count as a real metric.
     */
    public static void prime(String service) {
        var unflushed = new FunctionMetrics(service);
        unflushed.count(PRIMING_METRIC);
        unflushed.record(PRIMING_METRIC + "Duration", 1, MetricUnit.MILLISECONDS);
        if (unflushed.document.toJson(System.currentTimeMillis()).isEmpty()) {
            throw new IllegalStateException("Priming metrics wrote nothing");
        }
    }

    public void count(String name) {
        record(name, 1, MetricUnit.COUNT);
    }

    public void record(String name, double value, MetricUnit unit) {
        document.add(name, value, unit);
    }

    /**
     * A metric with one more dimension beside Service, written at once, in a document of its own.
     * Metric values are doubles in CloudWatch; this is the one place an amount becomes one, for
     * display only.
     */
    public void recordSingle(String name, double value, MetricUnit unit, String dimension, String dimensionValue) {
        var dimensions = new LinkedHashMap<String, String>();
        dimensions.put(MetricNames.SERVICE_DIMENSION, service);
        dimensions.put(dimension, dimensionValue);
        var single = new EmfDocument(MetricNames.NAMESPACE, dimensions);
        single.add(name, value, unit);
        write(single);
    }

    @Override
    public void close() {
        if (!document.isEmpty()) {
            write(document);
        }
    }

    private static void write(EmfDocument document) {
        System.out.println(document.toJson(System.currentTimeMillis()));
    }
}
