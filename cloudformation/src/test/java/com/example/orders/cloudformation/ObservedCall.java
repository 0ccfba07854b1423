package com.example.orders.cloudformation;

import com.example.orders.definitions.QueueDefinition;
import com.example.orders.definitions.ResourceDefinitions;
import com.example.orders.definitions.TableDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An AWS operation a function's code was seen to call in its integration tests (as
 * lambda-support's AwsCallRecorder wrote it), as IAM would authorize it in the sample stage: the
 * action, and the ARNs of the resource under the stage's names (any one of them suffices, as for
 * an SES identity, which may be the address or its domain; none for an SMS, which has no ARN).
 */
record ObservedCall(String action, List<String> resources, String seenAs) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:%s:eu-west-1:123456789012:%s";
    private static final String STAGE = "test-";
    private static final Map<String, String> IAM_PREFIXES = Map.of("DynamoDb", "dynamodb", "Sns", "sns", "Sqs", "sqs",
            "Ses", "ses", "SecretsManager", "secretsmanager", "Sfn", "states");
    private static final String STATE_MACHINE = "order-workflow";

    /** True for a call with no resource ARN, which IAM authorizes against "*". */
    boolean hasNoArn() {
        return resources.isEmpty();
    }

    @Override
    public String toString() {
        return action + " on " + (hasNoArn() ? "no resource ARN" : String.join(" or ", resources));
    }

    /** The distinct calls recorded in {@code file}; calls on resources that are not the platform's (a test's missing table) are left out. */
    static Set<ObservedCall> read(Path file) {
        Set<ObservedCall> calls = new LinkedHashSet<>();
        try (Stream<String> lines = Files.lines(file)) {
            lines.filter(line -> !line.isBlank()).forEach(line -> calls.addAll(of(parse(line))));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return calls;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    static List<ObservedCall> of(JsonNode recorded) {
        String service = recorded.path("service").asText();
        String prefix = IAM_PREFIXES.get(service);
        if (prefix == null) {
            throw new IllegalArgumentException("No IAM prefix known for the service " + service + "; add it to ObservedCall");
        }
        String action = prefix + ":" + recorded.path("operation").asText();
        String seenAs = recorded.path("via").asText(recorded.path("operation").asText());
        JsonNode resources = recorded.path("resources");
        List<ObservedCall> calls = new ArrayList<>();
        switch (service) {
            case "DynamoDb" -> resources.path("TableName").forEach(table -> platformName(table.asText(), tableNames()).ifPresent(name -> {
                String arn = ARN.formatted("dynamodb", "table/" + STAGE + name);
                calls.add(new ObservedCall(action, List.of(resources.has("IndexName")
                        ? arn + "/index/" + resources.path("IndexName").path(0).asText() : arn), seenAs));
            }));
            case "Sns" -> {
                resources.path("TopicArn").forEach(topic -> platformName(afterLast(topic.asText(), ":"),
                        List.of(ResourceDefinitions.NOTIFICATIONS.logicalName()))
                        .ifPresent(name -> calls.add(new ObservedCall(action, List.of(ARN.formatted("sns", STAGE + name)), seenAs))));
                if (resources.has("PhoneNumber")) {
                    calls.add(new ObservedCall(action, List.of(), seenAs + " (SMS)"));
                }
            }
            case "Sqs" -> resources.path("QueueUrl").forEach(queue -> platformName(afterLast(queue.asText(), "/"), queueNames())
                    .ifPresent(name -> calls.add(new ObservedCall(action, List.of(ARN.formatted("sqs", STAGE + name)), seenAs))));
            case "SecretsManager" -> resources.path("SecretId").forEach(secret -> {
                String name = afterLast(secret.asText(), ":");
                // Secrets Manager appends a dash and six random characters to a secret's name.
                platformName(name.replaceFirst("-[A-Za-z0-9]{6}$", ""), List.of(ResourceDefinitions.CURSOR_SECRET))
                        .ifPresent(found -> calls.add(new ObservedCall(action,
                                List.of(ARN.formatted("secretsmanager", "secret:" + STAGE + found + "-AbCdEf")), seenAs)));
            });
            case "Sfn" -> resources.path("StateMachineArn").forEach(machine -> {
                if (afterLast(machine.asText(), ":").contains(STATE_MACHINE)) {
                    calls.add(new ObservedCall(action, List.of(ARN.formatted("states", "stateMachine:" + STAGE + STATE_MACHINE)), seenAs));
                }
            });
            case "Ses" -> {
                // The stage sends from its NotifyEmailSender, authorized as that address or its domain.
                String sender = SampleParameters.parameter("NotifyEmailSender", Templates.load("functions.yaml"));
                calls.add(new ObservedCall(action, List.of(ARN.formatted("ses", "identity/" + sender),
                        ARN.formatted("ses", "identity/" + afterLast(sender, "@"))), seenAs));
            }
            default -> throw new IllegalArgumentException("No resource mapping for the service " + service);
        }
        return calls;
    }

    /** The platform's name inside a test's namespaced one ({@code t1a2b3c4d-orders} is {@code orders}). */
    private static Optional<String> platformName(String observed, List<String> names) {
        return names.stream().filter(name -> observed.equals(name) || observed.endsWith("-" + name)).findFirst();
    }

    private static List<String> tableNames() {
        return ResourceDefinitions.TABLES.stream().map(TableDefinition::logicalName).toList();
    }

    private static List<String> queueNames() {
        return ResourceDefinitions.QUEUES.stream().map(QueueDefinition::logicalName).toList();
    }

    private static String afterLast(String text, String separator) {
        return text.substring(text.lastIndexOf(separator) + 1);
    }
}
