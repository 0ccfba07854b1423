package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * The API as API Gateway imports it: the contract with the API Gateway overlay merged in. The
 * merge only adds. The contract stays what every client generator reads, free of AWS; an overlay
 * key that would replace or reshape anything of the contract's is refused, naming where.
 */
public final class DeploySpec {

    private DeploySpec() {}

    public static JsonNode merge(Path contract, Path overlay) {
        return merge(YamlDocuments.read(contract), YamlDocuments.read(overlay));
    }

    public static JsonNode merge(JsonNode contract, JsonNode overlay) {
        ObjectNode merged = contract.deepCopy();
        addAll(merged, overlay, "");
        return merged;
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
