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
            Map.entry("OrdersTableArn", "arn:aws:dynamodb:eu-west-1:123456789012:table/test-orders"),
            Map.entry("IdempotencyKeysTableArn", "arn:aws:dynamodb:eu-west-1:123456789012:table/test-idempotency-keys"),
            Map.entry("PaymentsTableArn", "arn:aws:dynamodb:eu-west-1:123456789012:table/test-payments"),
            Map.entry("InventoryTableArn", "arn:aws:dynamodb:eu-west-1:123456789012:table/test-inventory"),
            Map.entry("ProcessingQueueArn", "arn:aws:sqs:eu-west-1:123456789012:test-order-processing-queue"),
            Map.entry("ProcessingQueueUrl", "https://sqs.eu-west-1.amazonaws.com/123456789012/test-order-processing-queue"),
            Map.entry("NotifyFailureQueueArn", "arn:aws:sqs:eu-west-1:123456789012:test-order-notify-failures"),
            Map.entry("MessagingKeyArn", "arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555"),
            Map.entry("NotificationsTopicArn", "arn:aws:sns:eu-west-1:123456789012:test-order-notifications"),
            Map.entry("WorkflowStateMachineArn", "arn:aws:states:eu-west-1:123456789012:stateMachine:test-order-workflow"));

    /** The sample stage's partition, region and account. */
    static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
            "AWS::Partition", "aws", "AWS::Region", "eu-west-1", "AWS::AccountId", "123456789012", "AWS::URLSuffix", "amazonaws.com");

    private SampleParameters() {}

    /**
     * An environment variable's value as the function would see it. A {@code Ref} to a resource
     * of the template takes its value from {@code resources}, by logical id.
     */
    static String resolve(JsonNode value, JsonNode template, Map<String, String> resources) {
        if (value.isTextual()) {
            return value.asText();
        }
        String ref = value.path("Ref").asText();
        if (template.path("Resources").has(ref)) {
            if (!resources.containsKey(ref)) {
                throw new IllegalArgumentException("Give the resource " + ref + " a value to resolve its Ref to");
            }
            return resources.get(ref);
        }
        if (!ref.isEmpty()) {
            return parameter(ref, template);
        }
        throw new IllegalArgumentException("No sample for the environment value " + value);
    }

    static String parameter(String name, JsonNode template) {
        if (PSEUDO_PARAMETERS.containsKey(name)) {
            return PSEUDO_PARAMETERS.get(name);
        }
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
