package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The API as API Gateway imports it: the contract with the API Gateway overlay merged in. The
 * merge only adds. The contract stays what every client generator reads, free of AWS; an overlay
 * key that would replace or reshape anything of the contract's is refused, naming where.
 *
 * <p>Two things are written the way API Gateway's import takes them, with the same meaning: the
 * {@code example} keyword, which it refuses in models ("Unsupported keyword(s): [example]") and
 * which only documents, is left out; and responses and response headers an operation names by
 * reference to {@code components/responses} and {@code components/headers}, which it does not
 * resolve, are written out in place. Clients and docs are generated from the contract, which
 * keeps both.
 */
public final class DeploySpec {

    private static final String EXAMPLE = "example";
    private static final String RESPONSES = "#/components/responses/";
    private static final String HEADERS = "#/components/headers/";

    private DeploySpec() {}

    public static JsonNode merge(Path contract, Path overlay) {
        return merge(YamlDocuments.read(contract), YamlDocuments.read(overlay));
    }

    public static JsonNode merge(JsonNode contract, JsonNode overlay) {
        ObjectNode merged = contract.deepCopy();
        addAll(merged, overlay, "");
        removeExamples(merged);
        inlineResponses(merged);
        return merged;
    }

    private static void inlineResponses(ObjectNode spec) {
        JsonNode components = spec.path("components");
        spec.path("paths").forEach(path -> path.forEach(operation -> {
            if (operation.path("responses") instanceof ObjectNode responses) {
                for (Map.Entry<String, JsonNode> response : List.copyOf(responses.properties())) {
                    JsonNode inlined = named(components.path("responses"), RESPONSES, response.getValue());
                    if (inlined.path("headers") instanceof ObjectNode headers) {
                        for (Map.Entry<String, JsonNode> header : List.copyOf(headers.properties())) {
                            headers.set(header.getKey(), named(components.path("headers"), HEADERS, header.getValue()));
                        }
                    }
                    responses.set(response.getKey(), inlined);
                }
            }
        }));
    }

    /** A copy of what {@code node} refers to in {@code components} by {@code prefix}, or of {@code node} itself. */
    private static JsonNode named(JsonNode components, String prefix, JsonNode node) {
        String reference = node.path("$ref").asText();
        if (!reference.startsWith(prefix)) {
            return node.deepCopy();
        }
        JsonNode named = components.path(reference.substring(prefix.length()));
        if (named.isMissingNode()) {
            throw new IllegalArgumentException("The contract names what it lacks: " + reference);
        }
        return named.deepCopy();
    }

    /**
     * The {@code example} keyword, wherever it is. Named examples ({@code examples} maps) stay, and
     * so would a property or named example called "example".
     */
    static void removeExamples(JsonNode node) {
        removeExamples(node, "");
    }

    private static void removeExamples(JsonNode node, String key) {
        if (node instanceof ObjectNode object) {
            if (!key.equals("properties") && !key.equals("examples")) {
                object.remove(EXAMPLE);
            }
            object.properties().forEach(entry -> removeExamples(entry.getValue(), entry.getKey()));
        } else if (node.isArray()) {
            node.forEach(element -> removeExamples(element, ""));
        }
    }

    private static void addAll(ObjectNode target, JsonNode additions, String path) {
        for (Map.Entry<String, JsonNode> addition : additions.properties()) {
            String key = addition.getKey();
            String where = path + "/" + key;
            JsonNode existing = target.get(key);
            if (existing == null) {
                target.set(key, addition.getValue().deepCopy());
            } else if (existing.isObject() && addition.getValue().isObject()) {
                addAll((ObjectNode) existing, addition.getValue(), where);
            } else {
                throw new IllegalArgumentException(
                        "The overlay would change the contract at " + where + ": it may only add to it");
            }
        }
    }
}
