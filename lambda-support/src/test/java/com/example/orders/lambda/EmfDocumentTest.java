package com.example.orders.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.metrics.MetricNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.provider.EmfMetricsProvider;

/** The functions' EMF lines: the ones Powertools metrics wrote for the same metrics (decision 17). */
class EmfDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "order-process";

    /** The line Powertools metrics writes, as FunctionMetrics used it before. */
    private static JsonNode powertools(Consumer<Metrics> recording) {
        String output = StandardOutput.capturedFrom(() -> {
            Metrics metrics = new EmfMetricsProvider().getMetricsInstance();
            metrics.setNamespace(MetricNames.NAMESPACE);
            metrics.setDefaultDimensions(DimensionSet.of(MetricNames.SERVICE_DIMENSION, SERVICE));
            recording.accept(metrics);
            return null;
        });
        return lastLine(output);
    }

    private static JsonNode ours(Consumer<FunctionMetrics> recording) {
        return lastLine(StandardOutput.capturedFrom(() -> {
            recording.accept(FunctionMetrics.forService(SERVICE));
            return null;
        }));
    }

    private static JsonNode lastLine(String output) {
        String line = output.lines().filter(text -> text.startsWith("{\"_aws\"")).reduce((first, last) -> last).orElseThrow();
        try {
            var document = (ObjectNode) JSON.readTree(line);
            ((ObjectNode) document.get("_aws")).remove("Timestamp");
            // EMF gives the order of the metric definitions no meaning; Powertools' follows a hash map.
            for (JsonNode directive : document.get("_aws").get("CloudWatchMetrics")) {
                var sorted = new ArrayList<JsonNode>();
                directive.get("Metrics").forEach(sorted::add);
                sorted.sort(Comparator.comparing(metric -> metric.get("Name").asText()));
                ((ObjectNode) directive).putArray("Metrics").addAll(sorted);
            }
            return document;
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    @Test
    void anInvocationsMetricsAreTheDocumentPowertoolsWrote() {
        JsonNode expected = powertools(metrics -> {
            metrics.addMetric("OrdersProcessed", 1, software.amazon.lambda.powertools.metrics.model.MetricUnit.COUNT);
            metrics.addMetric("ProcessingDuration", 12.5, software.amazon.lambda.powertools.metrics.model.MetricUnit.MILLISECONDS);
            metrics.flush();
        });

        JsonNode actual = ours(metrics -> {
            try (metrics) {
                metrics.count("OrdersProcessed");
                metrics.record("ProcessingDuration", 12.5, MetricUnit.MILLISECONDS);
            }
        });

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aSingleMetricWithItsOwnDimensionIsTheDocumentPowertoolsWrote() {
        JsonNode expected = powertools(metrics -> metrics.flushSingleMetric("OrderValue", 64.99,
                software.amazon.lambda.powertools.metrics.model.MetricUnit.NONE, MetricNames.NAMESPACE,
                DimensionSet.of(MetricNames.SERVICE_DIMENSION, SERVICE, "Currency", "EUR")));

        JsonNode actual = ours(metrics -> metrics.recordSingle("OrderValue", 64.99, MetricUnit.NONE, "Currency", "EUR"));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aMetricRecordedTwiceCarriesBothValues() {
        var document = new EmfDocument(MetricNames.NAMESPACE, Map.of(MetricNames.SERVICE_DIMENSION, SERVICE));
        document.add("OrdersFailed", 1, MetricUnit.COUNT);
        document.add("OrdersFailed", 1, MetricUnit.COUNT);

        assertThat(document.toJson(0)).contains("\"OrdersFailed\":[1.0,1.0]");
    }

    @Test
    void aValueThatIsNotFiniteIsRefused() {
        var document = new EmfDocument(MetricNames.NAMESPACE, Map.of(MetricNames.SERVICE_DIMENSION, SERVICE));

        assertThatThrownBy(() -> document.add("ProcessingDuration", Double.NaN, MetricUnit.MILLISECONDS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
