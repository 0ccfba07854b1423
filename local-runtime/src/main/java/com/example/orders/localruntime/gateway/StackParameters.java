package com.example.orders.localruntime.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of a template's parameters for one stack, checked as CloudFormation checks them
 * before it creates anything: every value given must be a declared parameter, every parameter
 * without a default needs a value, and each value must pass the parameter's AllowedPattern,
 * AllowedValues, length and number bounds. A wrong value fails with the parameter's name.
 */
final class StackParameters {

    private StackParameters() {
    }

    /** Every declared parameter's value: the one given, else its default. */
    static Map<String, String> resolve(JsonNode template, Map<String, String> given) {
        JsonNode declared = template.path("Parameters");
        for (String name : given.keySet()) {
            if (!declared.has(name)) {
                throw new IllegalArgumentException("The template declares no parameter " + name);
            }
        }
        var values = new LinkedHashMap<String, String>();
        declared.properties().forEach(parameter -> {
            String name = parameter.getKey();
            JsonNode rules = parameter.getValue();
            String value = given.containsKey(name) ? given.get(name)
                    : rules.has("Default") ? rules.get("Default").asText() : null;
            if (value == null) {
                throw new IllegalArgumentException("The parameter " + name + " needs a value");
            }
            check(name, value, rules);
            values.put(name, value);
        });
        return values;
    }

    private static void check(String name, String value, JsonNode rules) {
        if (rules.has("AllowedPattern") && !Pattern.compile(rules.get("AllowedPattern").asText()).matcher(value).matches()) {
            throw invalid(name, value, "does not match " + rules.get("AllowedPattern").asText());
        }
        if (rules.has("AllowedValues")) {
            boolean allowed = false;
            for (JsonNode candidate : rules.get("AllowedValues")) {
                allowed |= candidate.asText().equals(value);
            }
            if (!allowed) {
                throw invalid(name, value, "is not one of " + rules.get("AllowedValues"));
            }
        }
        if (rules.has("MaxLength") && value.length() > rules.get("MaxLength").asInt()) {
            throw invalid(name, value, "is longer than " + rules.get("MaxLength").asInt() + " characters");
        }
        if ("Number".equals(rules.path("Type").asText())) {
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException notANumber) {
                throw invalid(name, value, "is not a number");
            }
            if (rules.has("MinValue") && number.compareTo(new BigDecimal(rules.get("MinValue").asText())) < 0) {
                throw invalid(name, value, "is less than " + rules.get("MinValue").asText());
            }
            if (rules.has("MaxValue") && number.compareTo(new BigDecimal(rules.get("MaxValue").asText())) > 0) {
                throw invalid(name, value, "is more than " + rules.get("MaxValue").asText());
            }
        }
    }

    private static IllegalArgumentException invalid(String name, String value, String why) {
        return new IllegalArgumentException("The parameter " + name + " = '" + value + "' " + why);
    }
}
