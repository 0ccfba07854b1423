package com.example.orders.localruntime.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * An EventBridge event pattern, in the subset the platform's pipes use: nested objects, and
 * arrays of exact values at the leaves, which match when the event's value (or, for an array in
 * the event, any of its elements) equals one of them. Every field the pattern names must be
 * present. Content filters ({@code prefix}, {@code anything-but}, ...) are refused when the
 * pattern is read, so a pattern never silently matches differently here than in AWS.
 */
record EventPattern(JsonNode pattern) {

    public EventPattern {
        requireSupported(pattern, "$");
    }

    /** The pattern in the classpath resource {@code name}, such as {@code pipe/new-order-filter.json}. */
    public static EventPattern resource(String name) {
        return new EventPattern(JsonResource.read(name));
    }

    public boolean matches(JsonNode event) {
        return matches(pattern, event);
    }

    private static boolean matches(JsonNode pattern, JsonNode event) {
        if (event == null || !event.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = event.get(field.getKey());
            boolean fieldMatches = field.getValue().isObject()
                    ? matches(field.getValue(), value)
                    : anyEquals(field.getValue(), value);
            if (!fieldMatches) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyEquals(JsonNode allowed, JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (anyEquals(allowed, element)) {
                    return true;
                }
            }
            return false;
        }
        for (JsonNode candidate : allowed) {
            if (sameValue(candidate, value)) {
                return true;
            }
        }
        return false;
    }

    /** EventBridge compares numbers by value: 5 matches 5.0. */
    private static boolean sameValue(JsonNode candidate, JsonNode value) {
        if (candidate.isNumber() && value.isNumber()) {
            return candidate.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return candidate.equals(value);
    }

    private static void requireSupported(JsonNode pattern, String path) {
        if (pattern == null || !pattern.isObject() || pattern.isEmpty()) {
            throw new IllegalArgumentException("An event pattern is a non-empty JSON object at " + path);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                requireSupported(value, fieldPath);
            } else if (value.isArray() && !value.isEmpty()) {
                for (JsonNode element : value) {
                    if (element.isContainerNode()) {
                        throw new IllegalArgumentException("Only exact values are supported in event patterns, not "
                                + element + " at " + fieldPath);
                    }
                }
            } else {
                throw new IllegalArgumentException("A leaf of an event pattern is a non-empty array of values at " + fieldPath);
            }
        }
    }
}
