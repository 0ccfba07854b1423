package com.example.orders.localaws;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Tests that record what {@link LocalAwsExtension} gave them, run by {@link LocalAwsExtensionIT}
 * through the JUnit engine test kit. Disabled anywhere else, such as an IDE's run of the package.
 */
@LocalAwsTest
@EnabledIf("runByLocalAwsExtensionIT")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalAwsExtensionScenario {

    /** What one test saw. */
    record Observation(
            String test,
            LocalAws aws,
            PlatformResources fromConstructor,
            PlatformResources fromBeforeEach,
            PlatformResources fromTestMethod,
            List<Map<String, AttributeValue>> ordersVisible,
            List<String> tablesVisible) {}

    static volatile boolean requested;
    static final List<Observation> OBSERVATIONS = new CopyOnWriteArrayList<>();

    private final PlatformResources fromConstructor;
    private PlatformResources fromBeforeEach;

    LocalAwsExtensionScenario(PlatformResources resources) {
        this.fromConstructor = resources;
    }

    static boolean runByLocalAwsExtensionIT() {
        return requested;
    }

    @BeforeEach
    void rememberResources(PlatformResources resources) {
        fromBeforeEach = resources;
    }

    @Test
    @Order(1)
    void first(LocalAws aws, PlatformResources resources, TestInfo test) {
        aws.dynamoDb().putItem(request -> request.tableName(resources.ordersTable()).item(Map.of(
                "orderId", AttributeValue.fromS("written-by-first"),
                "createdAt", AttributeValue.fromS("2026-01-01T00:00:00Z"))));
        observe(aws, resources, test);
    }

    @Test
    @Order(2)
    void second(LocalAws aws, PlatformResources resources, TestInfo test) {
        observe(aws, resources, test);
    }

    @Test
    @Order(3)
    void failing(LocalAws aws, PlatformResources resources, TestInfo test) {
        observe(aws, resources, test);
        throw new AssertionError("Failing on purpose: the backend must be closed all the same");
    }

    private void observe(LocalAws aws, PlatformResources resources, TestInfo test) {
        OBSERVATIONS.add(new Observation(
                test.getTestMethod().orElseThrow().getName(),
                aws,
                fromConstructor,
                fromBeforeEach,
                resources,
                aws.dynamoDb().scan(request -> request.tableName(resources.ordersTable())).items(),
                aws.dynamoDb().listTables().tableNames()));
    }
}
