package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.metrics.MetricNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the alarms name the platform's custom metrics exactly as {@link MetricNames}
 * does, and the code emits every one of them by that name: a metric renamed on one side only would
 * leave an empty graph or an alarm that never fires.
 */
class MetricNamesTest {

    /** The modules whose code runs in Lambda, and so emits metrics. */
    private static final List<String> DEPLOYED_MODULES = List.of("order-core", "lambda-support", "order-create-fn",
            "order-query-fn", "order-process-fn", "order-notify-fn", "order-reconcile-fn", "order-workflow");

    /** A metric call whose name is a string literal rather than a MetricNames constant. */
    private static final Pattern LITERAL_METRIC =
            Pattern.compile("\\.(count|record|recordSingle|addMetric|flushSingleMetric)\\(\\s*\"");

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

    @Test
    void codeNamesEveryMetricItEmitsThroughMetricNames() {
        deployedSources().forEach((file, source) ->
                assertThat(LITERAL_METRIC.matcher(source).find()).as(file + " emits a metric named by a literal").isFalse());
    }

    @Test
    void codeEmitsEveryMetricOfMetricNames() {
        String code = String.join("\n", deployedSources().entrySet().stream()
                .filter(entry -> !entry.getKey().endsWith("MetricNames.java"))
                .map(Map.Entry::getValue)
                .toList());
        metricFields().forEach(field -> assertThat(code).as(field.getName() + " is never emitted")
                .contains("MetricNames." + field.getName()));
    }

    @Test
    void everyServiceOnTheDashboardIsAFunctionsServiceName() {
        Set<String> services = new TreeSet<>();
        DeployedFunction.all().forEach(function ->
                services.add(function.environment().get("POWERTOOLS_SERVICE_NAME").asText()));
        Set<String> dashboardServices = new TreeSet<>();
        dashboard().findValues("metrics").forEach(widgetMetrics -> widgetMetrics.forEach(metric -> {
            for (int i = 2; i + 1 < metric.size(); i += 2) {
                if (metric.path(i).asText().equals(MetricNames.SERVICE_DIMENSION)) {
                    dashboardServices.add(metric.path(i + 1).asText());
                }
            }
        }));
        assertThat(dashboardServices).isNotEmpty().isSubsetOf(services);
    }

    /** Each main source file of the deployed modules, by its path. */
    private static Map<Path, String> deployedSources() {
        Map<Path, String> sources = new TreeMap<>();
        for (String module : DEPLOYED_MODULES) {
            try (Stream<Path> files = Files.walk(Templates.repoRoot().resolve(module).resolve("src/main/java"))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    try {
                        sources.put(file, Files.readString(file));
                    } catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                });
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        return sources;
    }

    /** The metric names of MetricNames: its String constants but the namespace and dimension names. */
    private static Set<String> metricNames() {
        return metricFields().stream().map(MetricNamesTest::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Field> metricFields() {
        return Arrays.stream(MetricNames.class.getDeclaredFields())
                .filter(field -> Modifier.isPublic(field.getModifiers())
                        && Modifier.isStatic(field.getModifiers())
                        && Modifier.isFinal(field.getModifiers())
                        && field.getType() == String.class)
                .filter(field -> !field.getName().equals("NAMESPACE") && !field.getName().endsWith("_DIMENSION"))
                .toList();
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
    private static JsonNode dashboard() {
        try {
            return new ObjectMapper().readTree(Templates.readRepoFile("observability/dashboard.json"));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Set<String> dashboardMetrics() {
        JsonNode dashboard = dashboard();
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
