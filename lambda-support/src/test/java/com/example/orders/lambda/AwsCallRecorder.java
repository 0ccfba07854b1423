package com.example.orders.lambda;

import com.example.orders.core.adapter.aws.AwsClientFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every AWS operation a function's own clients call in the integration tests, one JSON
 * line per distinct call: the service, the operation and the resources it named (tables, index,
 * queue, topic, secret, state machine, sender). The SDK installs it in every client of the test
 * JVM (software/amazon/awssdk/global/handlers/execution.interceptors); it keeps only the calls
 * of clients built by {@link AwsClientFactory}, which tag their user agent, so a test's own set-up
 * and checks are left out. The cloudformation module's least-privilege check reads the file that
 * the system property {@value #FILE_PROPERTY} names (each module's failsafe run sets it).
 *
 * <p>No personal data is written: a phone number is recorded only as being there.
 */
public final class AwsCallRecorder implements ExecutionInterceptor {

    public static final String FILE_PROPERTY = "orders.awsCalls";

    /** Request fields that name the resource a call acts on. */
    private static final Set<String> RESOURCE_FIELDS = Set.of("TableName", "IndexName", "QueueUrl", "TopicArn", "TargetArn",
            "SecretId", "StateMachineArn", "ExecutionArn", "StreamArn", "FromEmailAddress");
    /** Fields whose presence matters but whose value is personal data. */
    private static final Set<String> REDACTED_FIELDS = Set.of("PhoneNumber");
    /** DynamoDB's transactions, which have no IAM action of their own. */
    private static final Set<String> TRANSACTIONS = Set.of("TransactWriteItems", "TransactGetItems");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITTEN = new HashSet<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String file = System.getProperty(FILE_PROPERTY);
        String userAgent = context.httpRequest().firstMatchingHeader("User-Agent").orElse("");
        if (file == null || !userAgent.contains(AwsClientFactory.USER_AGENT_APP)) {
            return;
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (!(context.request() instanceof SdkPojo request)) {
            return;
        }
        if (TRANSACTIONS.contains(operation)) {
            // IAM authorizes a transaction item by item, as the single-item action on its table.
            for (Object item : (List<?>) request.sdkFields().stream()
                    .filter(field -> field.memberName().equals("TransactItems")).findFirst().orElseThrow()
                    .getValueOrDefault(request)) {
                for (SdkField<?> part : ((SdkPojo) item).sdkFields()) {
                    if (part.getValueOrDefault(item) instanceof SdkPojo action) {
                        Map<String, Set<String>> resources = new TreeMap<>();
                        collect(action, resources);
                        // Put, Update, Delete, ConditionCheck, Get: the action is that name with "Item".
                        record(file, service, part.memberName() + "Item", operation, resources);
                    }
                }
            }
            return;
        }
        Map<String, Set<String>> resources = new TreeMap<>();
        collect(request, resources);
        record(file, service, operation, null, resources);
    }

    private static void record(String file, String service, String operation, String via, Map<String, Set<String>> resources) {
        ObjectNode call = JSON.createObjectNode().put("service", service).put("operation", operation);
        if (via != null) {
            call.put("via", via);
        }
        ObjectNode named = call.putObject("resources");
        resources.forEach((field, values) -> values.forEach(named.withArray(field)::add));
        write(Path.of(file), call.toString());
    }

    private static void collect(SdkPojo pojo, Map<String, Set<String>> resources) {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            String name = Character.toUpperCase(field.memberName().charAt(0)) + field.memberName().substring(1);
            if (value instanceof String text && RESOURCE_FIELDS.contains(name)) {
                resources.computeIfAbsent(name, key -> new TreeSet<>()).add(text);
            } else if (value instanceof String && REDACTED_FIELDS.contains(name)) {
                resources.computeIfAbsent(name, key -> new TreeSet<>()).add("present");
            } else if (value instanceof Map<?, ?> map && name.equals("RequestItems")) {
                map.keySet().forEach(table -> resources.computeIfAbsent("TableName", key -> new TreeSet<>()).add(table.toString()));
            }
            if (value instanceof SdkPojo nested) {
                collect(nested, resources);
            } else if (value instanceof List<?> list) {
                list.stream().filter(SdkPojo.class::isInstance).map(SdkPojo.class::cast).forEach(item -> collect(item, resources));
            }
        }
    }

    /** The first write of a test JVM replaces what an earlier run left; later ones append new lines only. */
    private static synchronized void write(Path file, String line) {
        boolean first = WRITTEN.isEmpty();
        if (!WRITTEN.add(line)) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    first ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot record an AWS call in " + file, failure);
        }
    }
}
