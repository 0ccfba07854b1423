package com.example.orders.benchmarks.function;

import com.example.orders.cloudformation.YamlDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Lambda function as the assembled templates deploy it: its handler, memory, artifact and
 * environment. The benchmarks run exactly this (the jar, the JVM options, the variables), so a
 * template change is measured without anyone copying it here.
 *
 * @param variables every environment variable the template sets, with its literal value, or
 *     empty where CloudFormation resolves it at deploy time (a Ref, a Sub)
 */
public record DeployedFunction(String logicalId, String handlerClass, int memoryMb, Path jar,
        Map<String, Optional<String>> variables) {

    /** The function {@code logicalId} in {@code template}, an assembled template of {@code deployDirectory}. */
    public static DeployedFunction read(Path deployDirectory, String template, String logicalId) {
        Path file = deployDirectory.resolve(template);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build the deployable templates first ("
                    + "./mvnw -pl cloudformation -am package -DskipTests)");
        }
        JsonNode properties = YamlDocuments.read(file).path("Resources").path(logicalId).path("Properties");
        if (properties.isMissingNode()) {
            throw new IllegalArgumentException(template + " defines no function " + logicalId);
        }
        var variables = new LinkedHashMap<String, Optional<String>>();
        properties.path("Environment").path("Variables").properties().forEach(variable -> variables.put(variable.getKey(),
                variable.getValue().isValueNode() ? Optional.of(variable.getValue().asText()) : Optional.empty()));
        String handler = properties.path("Handler").asText();
        return new DeployedFunction(logicalId, handler.substring(0, handler.indexOf("::")),
                properties.path("MemorySize").asInt(), deployDirectory.resolve(properties.path("Code").asText()), variables);
    }

    /** What the function finds in its environment on a stage whose deploy-time values are {@code stage}. */
    public Map<String, String> environment(Map<String, String> stage) {
        var environment = new LinkedHashMap<String, String>();
        variables.forEach((name, literal) -> {
            String value = literal.orElseGet(() -> stage.get(name));
            if (value == null) {
                throw new IllegalStateException(logicalId + " reads " + name + ", which the benchmark stage does not set");
            }
            environment.put(name, value);
        });
        return environment;
    }

    /** The function's name in logs and contexts: its logical id. */
    public String name() {
        return logicalId;
    }
}
