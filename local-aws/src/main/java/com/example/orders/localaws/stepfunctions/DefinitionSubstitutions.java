package com.example.orders.localaws.stepfunctions;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${Name}} placeholders in a definition, as CloudFormation's
 * {@code DefinitionSubstitutions} do, so the template's definition runs locally as written.
 */
public record DefinitionSubstitutions(Map<String, String> values) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    public DefinitionSubstitutions {
        values = Map.copyOf(values);
    }

    public static DefinitionSubstitutions none() {
        return new DefinitionSubstitutions(Map.of());
    }

    /** A placeholder without a value is refused: left in place it would only fail later, far from the typo. */
    public String apply(String definition) {
        var missing = new TreeSet<String>();
        Matcher placeholder = PLACEHOLDER.matcher(definition);
        String substituted = placeholder.replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                missing.add(match.group(1));
                return Matcher.quoteReplacement(match.group());
            }
            return Matcher.quoteReplacement(value);
        });
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No value for definition substitutions " + missing);
        }
        return substituted;
    }
}
