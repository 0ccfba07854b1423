package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The observability stack deploys the dashboard and queries kept under observability/, and every
 * alarm reaches the alarm topic.
 */
class ObservabilityTemplateTest {

    static final String ALARM = "AWS::CloudWatch::Alarm";
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
