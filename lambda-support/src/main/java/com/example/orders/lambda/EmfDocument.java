package com.example.orders.lambda;

import com.example.orders.core.http.StreamedJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CloudWatch embedded metric format (EMF) document: a namespace, one dimension set with its
 * values, and each metric's unit and values, written as the one JSON line CloudWatch Logs
 * extracts metrics from. The layout is the one Powertools and the EMF library wrote before
 * (decision 17), which a test holds it to.
 */
final class EmfDocument {

    /** EMF's limit per document. */
    private static final int MAX_METRICS = 100;

    private final String namespace;
    private final Map<String, String> dimensions;
    private final Map<String, MetricUnit> units = new LinkedHashMap<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    EmfDocument(String namespace, Map<String, String> dimensions) {
        this.namespace = namespace;
        this.dimensions = new LinkedHashMap<>(dimensions);
    }

    /** Adds a value; a metric recorded twice carries both, as EMF allows. */
    void add(String name, double value, MetricUnit unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Metric " + name + " must be a finite number, not " + value);
        }
        if (!values.containsKey(name) && values.size() == MAX_METRICS) {
            throw new IllegalStateException("An EMF document holds at most " + MAX_METRICS + " metrics");
        }
        units.putIfAbsent(name, unit);
        values.computeIfAbsent(name, metric -> new ArrayList<>()).add(value);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The document as one line, stamped {@code timestampMillis}. */
    String toJson(long timestampMillis) {
        return StreamedJson.written(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("_aws");
            json.writeNumberField("Timestamp", timestampMillis);
            json.writeArrayFieldStart("CloudWatchMetrics");
            json.writeStartObject();
            json.writeStringField("Namespace", namespace);
            json.writeArrayFieldStart("Metrics");
            for (var metric : units.entrySet()) {
                json.writeStartObject();
                json.writeStringField("Name", metric.getKey());
                json.writeStringField("Unit", metric.getValue().emfName());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("Dimensions");
            json.writeStartArray();
            for (String dimension : dimensions.keySet()) {
                json.writeString(dimension);
            }
            json.writeEndArray();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            for (var metric : values.entrySet()) {
                json.writeFieldName(metric.getKey());
                List<Double> recorded = metric.getValue();
                if (recorded.size() == 1) {
                    json.writeNumber(recorded.getFirst());
                } else {
                    json.writeStartArray();
                    for (double value : recorded) {
                        json.writeNumber(value);
                    }
                    json.writeEndArray();
                }
            }
            for (var dimension : dimensions.entrySet()) {
                json.writeStringField(dimension.getKey(), dimension.getValue());
            }
            json.writeEndObject();
        });
    }
}
