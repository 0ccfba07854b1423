package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.definitions.IndexDefinition;
import com.example.orders.definitions.KeyAttribute;
import com.example.orders.definitions.ResourceDefinitions;
import com.example.orders.definitions.TableDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The data stack's tables are the tables of {@link ResourceDefinitions}, encrypted and recoverable. */
class DataTemplateTest {

    private static final String TABLE = "AWS::DynamoDB::Table";

    private final JsonNode template = Templates.load("data.yaml");

    static Stream<TableDefinition> tables() {
        return ResourceDefinitions.TABLES.stream();
    }

    private JsonNode table(TableDefinition definition) {
        return Templates.stageNamed(template, TABLE, "TableName", definition.logicalName());
    }

    @Test
    void templateDefinesExactlyTheDefinedTables() {
        assertThat(Templates.resourcesOfType(template, TABLE)).hasSameSizeAs(ResourceDefinitions.TABLES);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void keySchemaMatchesDefinition(TableDefinition definition) {
        assertThat(keySchema(table(definition).path("KeySchema")))
                .isEqualTo(expectedKeySchema(definition.partitionKey(), definition.sortKey()));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void attributeDefinitionsDeclareEveryKeyAttributeWithItsType(TableDefinition definition) {
        Map<String, String> expected = new LinkedHashMap<>();
        addAttribute(expected, definition.partitionKey());
        addAttribute(expected, definition.sortKey());
        for (IndexDefinition index : definition.globalIndexes()) {
            addAttribute(expected, index.partitionKey());
            addAttribute(expected, index.sortKey());
        }
        Map<String, String> actual = new LinkedHashMap<>();
        table(definition).path("AttributeDefinitions").forEach(attribute -> actual.put(
                attribute.path("AttributeName").asText(), attribute.path("AttributeType").asText()));
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void globalSecondaryIndexesMatchDefinition(TableDefinition definition) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (IndexDefinition index : definition.globalIndexes()) {
            List<String> shape = new ArrayList<>(expectedKeySchema(index.partitionKey(), index.sortKey()));
            shape.add("projection " + index.projection());
            expected.put(index.indexName(), shape);
        }
        Map<String, List<String>> actual = new LinkedHashMap<>();
        table(definition).path("GlobalSecondaryIndexes").forEach(index -> {
            List<String> shape = new ArrayList<>(keySchema(index.path("KeySchema")));
            shape.add("projection " + index.path("Projection").path("ProjectionType").asText());
            actual.put(index.path("IndexName").asText(), shape);
        });
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void streamViewTypeMatchesDefinition(TableDefinition definition) {
        JsonNode stream = table(definition).path("StreamSpecification").path("StreamViewType");
        String expected = definition.stream() == null ? null : definition.stream().toString();
        assertThat(stream.isMissingNode() ? null : stream.asText()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void timeToLiveAttributeMatchesDefinition(TableDefinition definition) {
        JsonNode ttl = table(definition).path("TimeToLiveSpecification");
        String enabledAttribute = ttl.path("Enabled").asBoolean() ? ttl.path("AttributeName").asText() : null;
        assertThat(enabledAttribute).isEqualTo(definition.ttlAttribute());
    }

    @ParameterizedTest
    @MethodSource("tables")
    void billingModeMatchesDefinition(TableDefinition definition) {
        assertThat(table(definition).path("BillingMode").asText())
                .isEqualTo(ResourceDefinitions.BILLING_MODE.toString());
    }

    @Test
    void everyTableHasPointInTimeRecovery() {
        assertThat(Templates.resourcesOfType(template, TABLE).map(table -> table.path("Properties")))
                .isNotEmpty()
                .allSatisfy(table -> assertThat(table.path("PointInTimeRecoverySpecification")
                                .path("PointInTimeRecoveryEnabled")
                                .asBoolean())
                        .isTrue());
    }

    @Test
    void everyTableTakesDeletionProtectionFromTheParameter() {
        assertThat(Templates.resourcesOfType(template, TABLE).map(table -> table.path("Properties")))
                .isNotEmpty()
                .allSatisfy(table -> assertThat(table.path("DeletionProtectionEnabled").path("Ref").asText())
                        .isEqualTo("DeletionProtection"));
    }

    private static List<String> keySchema(JsonNode keySchema) {
        List<String> keys = new ArrayList<>();
        keySchema.forEach(key -> keys.add(key.path("KeyType").asText() + " " + key.path("AttributeName").asText()));
        return keys;
    }

    private static List<String> expectedKeySchema(KeyAttribute partitionKey, KeyAttribute sortKey) {
        return sortKey == null
                ? List.of("HASH " + partitionKey.name())
                : List.of("HASH " + partitionKey.name(), "RANGE " + sortKey.name());
    }

    private static void addAttribute(Map<String, String> attributes, KeyAttribute key) {
        if (key != null) {
            attributes.put(key.name(), key.type().toString());
        }
    }
}
