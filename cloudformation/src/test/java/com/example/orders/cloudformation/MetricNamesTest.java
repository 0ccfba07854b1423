package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.metrics.MetricNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the alarms name the platform's custom metrics exactly as {@link MetricNames}
 * does: a metric renamed on one side only would leave an empty graph or an alarm that never fires.
 */
class MetricNamesTest {

    /** The metric a SEARCH expression over the platform's namespace selects. */
    private static final Pattern SEARCHED_METRIC = Pattern.compile("MetricName=\"([^\"]+)\"");

    @Test
    void everyPlatformMetricOnTheDashboardIsInMetricNames() {
        assertThat(dashboardMetrics()).isNotEmpty().isSubsetOf(metricNames());
    }

    @Test
    void everyPlatformMetricInAnAlarmIsInMetricNames() {
        Set<String> alarmMetrics = new TreeSet<>();
        Templates.resourcesOfType(Templates.load("observability.yaml"), ObservabilityTemplateTest.ALARM)
                .map(alarm -> alarm.path("Properties"))
                .forEach(alarm -> {
                    addIfPlatformMetric(alarmMetrics, alarm);
                    alarm.path("Metrics").forEach(metric ->
                            addIfPlatformMetric(alarmMetrics, metric.path("MetricStat").path("Metric")));
                });
        assertThat(alarmMetrics).isNotEmpty().isSubsetOf(metricNames());
    }

    @Test
    void everyMetricInMetricNamesIsOnTheDashboard() {
        assertThat(dashboardMetrics()).containsAll(metricNames());
    }

    /** The metric names of MetricNames: its String constants but the namespace and dimension names. */
    private static Set<String> metricNames() {
        return Arrays.stream(MetricNames.class.getDeclaredFields())
                .filter(field -> Modifier.isPublic(field.getModifiers())
                        && Modifier.isStatic(field.getModifiers())
                        && Modifier.isFinal(field.getModifiers())
                        && field.getType() == String.class)
                .filter(field -> !field.getName().equals("NAMESPACE") && !field.getName().endsWith("_DIMENSION"))
                .map(MetricNamesTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * The platform's metrics the dashboard graphs: those of metric arrays ({@code [namespace, name,
     * dimension, value, ...]}) in the platform's namespace and those SEARCH expressions over it select.
     */
    private static Set<String> dashboardMetrics() {
        JsonNode dashboard;
        try {
            dashboard = new ObjectMapper().readTree(Templates.readRepoFile("observability/dashboard.json"));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        Set<String> metrics = new TreeSet<>();
        dashboard.findValues("metrics").forEach(widgetMetrics -> widgetMetrics.forEach(metric -> {
            if (MetricNames.NAMESPACE.equals(metric.path(0).asText())) {
                metrics.add(metric.path(1).asText());
            }
            String expression = metric.path(0).path("expression").asText();
            if (expression.contains("{" + MetricNames.NAMESPACE + ",")) {
                Matcher searched = SEARCHED_METRIC.matcher(expression);
                while (searched.find()) {
                    metrics.add(searched.group(1));
                }
            }
        }));
        return metrics;
    }

    private static void addIfPlatformMetric(Set<String> metrics, JsonNode metric) {
        if (MetricNames.NAMESPACE.equals(metric.path("Namespace").asText())) {
            metrics.add(metric.path("MetricName").asText());
        }
    }
}
