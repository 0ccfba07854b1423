package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The templates as they deploy: assembled in memory by {@link TemplateAssembly} (without function
 * artifacts, so the versions carry no code hash). They are long-form YAML, so every intrinsic
 * function is a plain key.
 */
final class Templates {

    static final List<String> NAMES = TemplateAssembly.TEMPLATES;

    private static final Map<String, JsonNode> ASSEMBLED = new ConcurrentHashMap<>();

    private Templates() {}

    /** The repository root, which surefire passes in (see this module's pom.xml). */
    static Path repoRoot() {
        String root = System.getProperty("orders.repoRoot");
        if (root == null) {
            throw new IllegalStateException("Run through Maven: the system property orders.repoRoot is not set");
        }
        return Path.of(root);
    }

    /** A template as it deploys; shared between tests, so never modify it. */
    static JsonNode load(String name) {
        return ASSEMBLED.computeIfAbsent(name, template ->
                new TemplateAssembly(repoRoot(), repoRoot().resolve("cloudformation/target/deploy"), false).assemble(template));
    }

    static String readRepoFile(String relativePath) {
        try {
            return Files.readString(repoRoot().resolve(relativePath));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** A property that is one value or a list of them (Action, Resource); intrinsic functions are not values. */
    static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    /** The keys of an object node, in their order. */
    static Set<String> names(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    /** The resources of {@code type} in a template, each as its whole resource node. */
    static Stream<JsonNode> resourcesOfType(JsonNode template, String type) {
        return template.path("Resources").properties().stream()
                .map(Map.Entry::getValue)
                .filter(resource -> type.equals(resource.path("Type").asText()));
    }

    /** The one resource whose {@code nameProperty} is {@code Fn::Sub: "${StageName}-<logicalName>"}. */
    static JsonNode stageNamed(JsonNode template, String type, String nameProperty, String logicalName) {
        String expected = "${StageName}-" + logicalName;
        List<JsonNode> matches = resourcesOfType(template, type)
                .filter(resource -> expected.equals(
                        resource.path("Properties").path(nameProperty).path("Fn::Sub").asText()))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(
                    "Expected one " + type + " named " + expected + " but found " + matches.size());
        }
        return matches.getFirst().path("Properties");
    }
}
