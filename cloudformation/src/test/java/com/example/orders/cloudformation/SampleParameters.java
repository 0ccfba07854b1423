package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Plausible values for a template's parameters, to resolve what a function's environment would
 * hold once deployed. A parameter without a sample here or a default is an error, so a new setting
 * gets a sample when it is added.
 */
final class SampleParameters {

    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("StageName", "test"),
            Map.entry("CorsAllowedOrigins", "https://app.example.com,https://admin.example.com"),
            Map.entry("NotifyEmailSender", "orders@example.com"),
            Map.entry("ProcessingQueueMaxReceiveCount", "3"),
            Map.entry("OrdersTableName", "test-orders"),
            Map.entry("IdempotencyKeysTableName", "test-idempotency-keys"),
            Map.entry("PaymentsTableName", "test-payments"),
            Map.entry("InventoryTableName", "test-inventory"),
            Map.entry("NotificationsTopicArn", "arn:aws:sns:eu-west-1:123456789012:test-order-notifications"),
            Map.entry("WorkflowStateMachineArn", "arn:aws:states:eu-west-1:123456789012:stateMachine:test-order-workflow"));

    /** What Secrets Manager generates for the cursor secret (GenerateSecretString, 64 characters). */
    private static final String GENERATED_SECRET = "x".repeat(64);

    private SampleParameters() {}

    /** An environment variable's value as the function would see it. */
    static String resolve(JsonNode value, JsonNode template) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.has("Ref")) {
            return parameter(value.get("Ref").asText(), template);
        }
        if (value.path("Fn::Sub").asText().startsWith("{{resolve:secretsmanager:")) {
            return GENERATED_SECRET;
        }
        throw new IllegalArgumentException("No sample for the environment value " + value);
    }

    private static String parameter(String name, JsonNode template) {
        if (SAMPLES.containsKey(name)) {
            return SAMPLES.get(name);
        }
        JsonNode declared = template.path("Parameters").path(name);
        if (declared.has("Default")) {
            return declared.get("Default").asText();
        }
        throw new IllegalArgumentException("Give the parameter " + name + " a sample in SampleParameters");
    }

    /** The longest value a parameter can take, from its rules. */
    static int maxLength(JsonNode parameter) {
        if (parameter.has("MaxLength")) {
            return parameter.get("MaxLength").asInt();
        }
        if (parameter.has("AllowedValues")) {
            int longest = 0;
            for (JsonNode value : parameter.get("AllowedValues")) {
                longest = Math.max(longest, value.asText().length());
            }
            return longest;
        }
        throw new IllegalArgumentException("Bound the parameter's length (MaxLength or AllowedValues): " + parameter);
    }
}
