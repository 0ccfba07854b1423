package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template's values would be in the sample stage ({@link SampleParameters}): parameters,
 * pseudo parameters, the resources an IAM policy names (log groups, secrets, aliases) and the
 * intrinsic functions that combine them (Sub, Join, Select, Split).
 */
final class StackValues {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}]+)}");

    private final JsonNode template;

    StackValues(JsonNode template) {
        this.template = template;
    }

    String resolve(JsonNode value) {
        return resolve(value, Map.of());
    }

    private String resolve(JsonNode value, Map<String, String> variables) {
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        if (value.has("Ref")) {
            return reference(value.get("Ref").asText());
        }
        if (value.has("Fn::GetAtt")) {
            return attribute(value.get("Fn::GetAtt").get(0).asText(), value.get("Fn::GetAtt").get(1).asText());
        }
        if (value.has("Fn::Sub")) {
            JsonNode sub = value.get("Fn::Sub");
            Map<String, String> own = new HashMap<>(variables);
            if (sub.isArray()) {
                sub.get(1).properties().forEach(entry -> own.put(entry.getKey(), resolve(entry.getValue(), variables)));
                return substitute(sub.get(0).asText(), own);
            }
            return substitute(sub.asText(), own);
        }
        if (value.has("Fn::Join")) {
            List<String> parts = new ArrayList<>();
            value.get("Fn::Join").get(1).forEach(part -> parts.add(resolve(part, variables)));
            return String.join(value.get("Fn::Join").get(0).asText(), parts);
        }
        if (value.has("Fn::Select")) {
            return list(value.get("Fn::Select").get(1)).get(value.get("Fn::Select").get(0).asInt());
        }
        throw new IllegalArgumentException("Cannot resolve " + value);
    }

    private List<String> list(JsonNode value) {
        if (value.has("Fn::Split")) {
            String separator = value.get("Fn::Split").get(0).asText();
            return List.of(resolve(value.get("Fn::Split").get(1)).split(Pattern.quote(separator), -1));
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(resolve(item)));
        return items;
    }

    private String substitute(String text, Map<String, String> variables) {
        Matcher placeholder = SUBSTITUTION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String replacement = variables.containsKey(name) ? variables.get(name)
                    : name.contains(".") ? attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1))
                    : reference(name);
            placeholder.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(result);
        return result.toString();
    }

    private String reference(String name) {
        JsonNode resource = template.path("Resources").path(name);
        if (resource.isMissingNode()) {
            return SampleParameters.parameter(name, template);
        }
        JsonNode properties = resource.path("Properties");
        return switch (resource.path("Type").asText()) {
            // A secret's ARN ends in six random characters.
            case "AWS::SecretsManager::Secret" -> "arn:aws:secretsmanager:eu-west-1:123456789012:secret:"
                    + resolve(properties.path("Name")) + "-AbCdEf";
            case "AWS::Lambda::Alias" -> attribute(properties.path("FunctionName").path("Ref").asText(), "Arn")
                    + ":" + resolve(properties.path("Name"));
            case "AWS::Logs::LogGroup" -> resolve(properties.path("LogGroupName"));
            default -> throw new IllegalArgumentException("No sample for a Ref to " + name);
        };
    }

    private String attribute(String resourceName, String attribute) {
        JsonNode resource = template.path("Resources").path(resourceName);
        JsonNode properties = resource.path("Properties");
        return switch (resource.path("Type").asText() + "." + attribute) {
            case "AWS::Logs::LogGroup.Arn" -> "arn:aws:logs:eu-west-1:123456789012:log-group:" + resolve(properties.path("LogGroupName")) + ":*";
            case "AWS::Lambda::Function.Arn" -> "arn:aws:lambda:eu-west-1:123456789012:function:" + resolve(properties.path("FunctionName"));
            default -> throw new IllegalArgumentException("No sample for " + resourceName + "." + attribute);
        };
    }
}
