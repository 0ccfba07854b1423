package com.example.orders.localruntime.templates;

import com.example.orders.cloudformation.YamlDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assembled stack templates this module was built with (the build bundles them under
 * {@code /deploy/}): what deploys is what the local platform reads its API, its pipe's and its
 * asynchronous invocations' settings from.
 */
public final class BundledTemplates {

    private static final Map<String, JsonNode> LOADED = new ConcurrentHashMap<>();

    private BundledTemplates() {}

    /** The assembled template {@code name}, such as {@code messaging.yaml}; callers must not change it. */
    public static JsonNode load(String name) {
        return LOADED.computeIfAbsent(name, BundledTemplates::read);
    }

    /** The properties of the resource {@code logicalId} of template {@code name}. */
    public static JsonNode resourceProperties(String name, String logicalId) {
        JsonNode resource = load(name).path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            throw new IllegalStateException(name + " declares no resource " + logicalId);
        }
        return resource.path("Properties");
    }

    private static JsonNode read(String name) {
        String path = "/deploy/" + name;
        try (InputStream template = BundledTemplates.class.getResourceAsStream(path)) {
            if (template == null) {
                throw new IllegalStateException(path + " is missing from the classpath; build local-runtime with Maven");
            }
            return YamlDocuments.parse(new String(template.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
