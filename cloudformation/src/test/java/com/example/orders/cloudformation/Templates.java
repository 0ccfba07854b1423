package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the templates (long-form YAML, so a plain YAML parser sees every intrinsic function). */
final class Templates {

    static final List<String> NAMES = List.of("root.yaml", "data.yaml", "messaging.yaml", "observability.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Templates() {}

    /** The repository root, which surefire passes in (see this module's pom.xml). */
    static Path repoRoot() {
        String root = System.getProperty("orders.repoRoot");
        if (root == null) {
            throw new IllegalStateException("Run through Maven: the system property orders.repoRoot is not set");
        }
        return Path.of(root);
    }

    static JsonNode load(String name) {
        try {
            return YAML.readTree(repoRoot().resolve("cloudformation/templates").resolve(name).toFile());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String readRepoFile(String relativePath) {
        try {
            return Files.readString(repoRoot().resolve(relativePath));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
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
