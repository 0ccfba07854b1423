package com.example.orders.localruntime.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few CloudFormation intrinsic functions the api stack's gateway parts use, resolved as
 * CloudFormation resolves them when it creates the stack: {@code Ref} to a parameter or pseudo
 * parameter, {@code Fn::Sub} (with {@code ${!Literal}} escapes), {@code Fn::Select},
 * {@code Fn::Split} and {@code Fn::Join}. Anything else is refused by name, so a template that
 * starts using another function fails loudly here instead of being served half-resolved.
 */
final class Intrinsics {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, String> references;

    /** @param references the values of parameters and pseudo parameters ({@code AWS::Region}) by name */
    Intrinsics(Map<String, String> references) {
        this.references = Map.copyOf(references);
    }

    JsonNode resolve(JsonNode node) {
        if (node instanceof ArrayNode array) {
            ArrayNode resolved = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> resolved.add(resolve(element)));
            return resolved;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        if (object.size() == 1) {
            String key = object.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return function(key, object.get(key));
            }
        }
        ObjectNode resolved = JsonNodeFactory.instance.objectNode();
        object.properties().forEach(entry -> resolved.set(entry.getKey(), resolve(entry.getValue())));
        return resolved;
    }

    private JsonNode function(String name, JsonNode argument) {
        return switch (name) {
            case "Ref" -> TextNode.valueOf(reference(argument.asText()));
            case "Fn::Sub" -> TextNode.valueOf(sub(argument));
            case "Fn::Select" -> select(resolve(argument));
            case "Fn::Split" -> split(resolve(argument));
            case "Fn::Join" -> join(resolve(argument));
            default -> throw new IllegalArgumentException("The local gateway cannot resolve " + name + " (in " + argument + ")");
        };
    }

    private String reference(String name) {
        String value = references.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Nothing named " + name + " can be referenced here");
        }
        return value;
    }

    private String sub(JsonNode argument) {
        String text;
        Map<String, JsonNode> variables = Map.of();
        if (argument.isTextual()) {
            text = argument.asText();
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()) {
            text = argument.get(0).asText();
            var named = new HashMap<String, JsonNode>();
            argument.get(1).properties().forEach(entry -> named.put(entry.getKey(), resolve(entry.getValue())));
            variables = named;
        } else {
            throw new IllegalArgumentException("Fn::Sub takes a string or [string, {variables}], got " + argument);
        }
        Map<String, JsonNode> given = variables;
        Matcher substitution = SUBSTITUTION.matcher(text);
        return substitution.replaceAll(match -> {
            String inner = match.group(1);
            if (inner.startsWith("!")) {
                return Matcher.quoteReplacement("${" + inner.substring(1) + "}");
            }
            JsonNode variable = given.get(inner);
            return Matcher.quoteReplacement(variable != null ? variable.asText() : reference(inner));
        });
    }

    private static JsonNode select(JsonNode argument) {
        int index = Integer.parseInt(argument.path(0).asText());
        JsonNode list = argument.path(1);
        if (!list.isArray() || index < 0 || index >= list.size()) {
            throw new IllegalArgumentException("Fn::Select has no element " + index + " in " + list);
        }
        return list.get(index);
    }

    private static JsonNode split(JsonNode argument) {
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        for (String part : argument.path(1).asText().split(Pattern.quote(argument.path(0).asText()), -1)) {
            parts.add(part);
        }
        return parts;
    }

    private static JsonNode join(JsonNode argument) {
        List<String> parts = new ArrayList<>();
        argument.path(1).forEach(part -> parts.add(part.asText()));
        return TextNode.valueOf(String.join(argument.path(0).asText(), parts));
    }
}
