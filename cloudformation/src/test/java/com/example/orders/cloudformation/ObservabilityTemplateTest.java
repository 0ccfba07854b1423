package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.lambda.LoggingContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The observability stack deploys the dashboard and queries kept under observability/, watches
 * every function, the API, the workflow, the queues and the pipe, and every alarm reaches the
 * alarm topic.
 */
class ObservabilityTemplateTest {

    static final String ALARM = "AWS::CloudWatch::Alarm";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final String QUERY_SUFFIX = ".logsinsights";

    private final JsonNode template = Templates.load("observability.yaml");

    @Test
    void dashboardBodyEqualsTheDashboardFile() throws IOException {
        var json = new ObjectMapper();
        JsonNode dashboards = template.path("Resources").path("Dashboard");
        assertThat(dashboards.path("Type").asText()).isEqualTo("AWS::CloudWatch::Dashboard");
        assertThat(json.readTree(dashboards.path("Properties").path("DashboardBody").path("Fn::Sub").asText()))
                .isEqualTo(json.readTree(Templates.readRepoFile("observability/dashboard.json")));
    }

    @Test
    void queryDefinitionsEqualTheQueryFiles() {
        Map<String, String> definitions = Templates.resourcesOfType(template, "AWS::Logs::QueryDefinition")
                .map(definition -> definition.path("Properties"))
                .collect(Collectors.toMap(
                        properties -> properties.path("Name").path("Fn::Sub").asText()
                                .replace("${StageName}-orders/", ""),
                        properties -> properties.path("QueryString").asText(),
                        (first, second) -> {
                            throw new AssertionError("Two query definitions share a name");
                        },
                        TreeMap::new));
        assertThat(definitions).isNotEmpty().isEqualTo(queryFiles());
    }

    @Test
    void everyAlarmNotifiesTheAlarmTopic() {
        assertThat(Templates.resourcesOfType(template, ALARM).map(alarm -> alarm.path("Properties")))
                .isNotEmpty()
                .allSatisfy(alarm -> assertThat(alarm.path("AlarmActions").findValuesAsText("Ref"))
                        .containsExactly("AlarmTopic"));
    }

    @Test
    void everyAlarmNotifiesTheAlarmTopicWhenItRecovers() {
        assertThat(Templates.resourcesOfType(template, ALARM).map(alarm -> alarm.path("Properties")))
                .isNotEmpty()
                .allSatisfy(alarm -> assertThat(alarm.path("OKActions").findValuesAsText("Ref"))
                        .containsExactly("AlarmTopic"));
    }

    @Test
    void everyAlarmSaysHowToTreatMissingData() {
        assertThat(Templates.resourcesOfType(template, ALARM).map(alarm -> alarm.path("Properties")))
                .isNotEmpty()
                .allSatisfy(alarm -> assertThat(alarm.path("TreatMissingData").asText()).isNotEmpty());
    }

    @Test
    void alarmTopicIsEncryptedWithTheStacksKey() {
        JsonNode topic = Templates.stageNamed(template, "AWS::SNS::Topic", "TopicName", "orders-alarms");
        assertThat(topic.path("KmsMasterKeyId").path("Ref").asText()).isEqualTo("AlarmKey");
    }

    @Test
    void alarmTopicHasAnEmailSubscriptionToTheAlarmEmail() {
        assertThat(Templates.resourcesOfType(template, "AWS::SNS::Subscription").map(s -> s.path("Properties")))
                .anySatisfy(subscription -> {
                    assertThat(subscription.path("TopicArn").path("Ref").asText()).isEqualTo("AlarmTopic");
                    assertThat(subscription.path("Protocol").asText()).isEqualTo("email");
                    assertThat(subscription.path("Endpoint").path("Ref").asText()).isEqualTo("AlarmEmail");
                });
    }

    @Test
    void everyDashboardPlaceholderIsAParameterOrPseudoParameter() {
        Set<String> parameters = Templates.names(template.path("Parameters"));
        Matcher placeholder = PLACEHOLDER.matcher(Templates.readRepoFile("observability/dashboard.json"));
        while (placeholder.find()) {
            String name = placeholder.group(1);
            assertThat(name.startsWith("AWS::") || parameters.contains(name)).as("${" + name + "}").isTrue();
        }
    }

    @Test
    void dashboardGraphsEveryFunctionsInvocationsErrorsDurationAndThrottles() {
        String dashboard = Templates.readRepoFile("observability/dashboard.json");
        functionNameParameters().forEach(function -> {
            for (String metric : List.of("Invocations", "Errors", "Duration", "Throttles")) {
                assertThat(dashboard).as(function + " " + metric)
                        .contains("[\"AWS/Lambda\", \"" + metric + "\", \"FunctionName\", \"${" + function + "}\"");
            }
        });
    }

    @Test
    void everyFunctionHasAnErrorRateAlarm() {
        functionNameParameters().forEach(function -> assertThat(alarms())
                .as(function)
                .anySatisfy(alarm -> {
                    assertThat(alarm.path("Metrics").findValuesAsText("Expression")).anyMatch(e -> e.contains("/"));
                    assertThat(metricStats(alarm)).anySatisfy(metric -> {
                        assertThat(metric.path("MetricName").asText()).isEqualTo("Errors");
                        assertThat(metric.path("Dimensions").path(0).path("Value").path("Ref").asText()).isEqualTo(function);
                    });
                }));
    }

    @Test
    void throttlesOfEveryFunctionRaiseAnAlarm() {
        functionNameParameters().forEach(function -> assertThat(alarms())
                .as(function)
                .anySatisfy(alarm -> assertThat(metricStats(alarm)).anySatisfy(metric -> {
                    assertThat(metric.path("MetricName").asText()).isEqualTo("Throttles");
                    assertThat(metric.path("Dimensions").path(0).path("Value").path("Ref").asText()).isEqualTo(function);
                })));
    }

    @Test
    void theApiTheWorkflowTheQueuesAndThePipeHaveAlarms() {
        Set<String> watched = new TreeSet<>();
        alarms().forEach(alarm -> {
            watched.add(alarm.path("Namespace").asText() + " " + alarm.path("MetricName").asText());
            metricStats(alarm).forEach(metric ->
                    watched.add(metric.path("Namespace").asText() + " " + metric.path("MetricName").asText()));
        });
        assertThat(watched).contains(
                "AWS/ApiGateway 5XXError",
                "AWS/States ExecutionsFailed",
                "AWS/SQS ApproximateNumberOfMessagesVisible",
                "AWS/SQS ApproximateAgeOfOldestMessage",
                "AWS/EventBridge/Pipes ExecutionFailed");
    }

    /**
     * What reaches a dead-letter store waits for someone: an alarm when the first arrives, and
     * another when one has waited a week, before it expires. Each store's name reaches this stack
     * from the messaging stack's outputs through the root stack.
     */
    @Test
    void everyDeadLetterStoreAlarmsWhenNotEmptyAndWhenAgeing() {
        JsonNode messaging = Templates.load("messaging.yaml");
        JsonNode passed = Templates.load("root.yaml").path("Resources").path("ObservabilityStack")
                .path("Properties").path("Parameters");
        assertThat(DeadLetterStores.of(messaging)).isNotEmpty().allSatisfy((store, source) -> {
            String output = messaging.path("Outputs").properties().stream()
                    .filter(entry -> entry.getValue().path("Value").path("Fn::GetAtt").toString()
                            .equals("[\"" + store + "\",\"QueueName\"]"))
                    .map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new AssertionError(store + "'s name is no output of the messaging stack"));
            String parameter = passed.properties().stream()
                    .filter(entry -> entry.getValue().path("Fn::GetAtt").path(1).asText().equals("Outputs." + output))
                    .map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new AssertionError(output + " never reaches the observability stack"));
            assertThat(alarmMetricsOn(parameter)).as(store).contains(
                    "ApproximateNumberOfMessagesVisible", "ApproximateAgeOfOldestMessage");
        });
    }

    private Set<String> alarmMetricsOn(String queueNameParameter) {
        return alarms().stream()
                .filter(alarm -> alarm.path("Namespace").asText().equals("AWS/SQS"))
                .filter(alarm -> alarm.path("Dimensions").path(0).path("Value").path("Ref").asText().equals(queueNameParameter))
                .map(alarm -> alarm.path("MetricName").asText())
                .collect(Collectors.toSet());
    }

    @Test
    void queriesSearchEveryFunctionsLogGroup() {
        Templates.resourcesOfType(template, "AWS::Logs::QueryDefinition").forEach(query -> {
            List<String> groups = query.path("Properties").path("LogGroupNames").findValuesAsText("Fn::Sub");
            functionNameParameters().forEach(function -> assertThat(groups).contains("/aws/lambda/${" + function + "}"));
        });
    }

    @Test
    void journeyQueryFollowsTheFunctionsCorrelationId() {
        assertThat(Templates.readRepoFile("observability/queries/order-journey.logsinsights"))
                .contains("filter " + LoggingContext.CORRELATION_ID + " = ");
    }

    private List<String> functionNameParameters() {
        List<String> functions = Templates.names(template.path("Parameters")).stream()
                .filter(name -> name.endsWith("FunctionName"))
                .toList();
        assertThat(functions).hasSameSizeAs(DeployedFunction.all());
        return functions;
    }

    private List<JsonNode> alarms() {
        return Templates.resourcesOfType(template, ALARM).map(alarm -> alarm.path("Properties")).toList();
    }

    private static List<JsonNode> metricStats(JsonNode alarm) {
        List<JsonNode> metrics = new ArrayList<>();
        alarm.path("Metrics").forEach(metric -> {
            if (metric.has("MetricStat")) {
                metrics.add(metric.path("MetricStat").path("Metric"));
            }
        });
        return metrics;
    }

    /** Each query file's content, by its name without the suffix. */
    private static Map<String, String> queryFiles() {
        Path directory = Templates.repoRoot().resolve("observability/queries");
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(QUERY_SUFFIX))
                    .collect(Collectors.toMap(
                            file -> file.getFileName().toString().replace(QUERY_SUFFIX, ""),
                            file -> Templates.readRepoFile(Templates.repoRoot().relativize(file).toString()),
                            (first, second) -> first,
                            TreeMap::new));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
