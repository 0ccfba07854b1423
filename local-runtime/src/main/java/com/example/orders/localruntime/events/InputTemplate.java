package com.example.orders.localruntime.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge Pipes input template: JSON text with {@code <$.dot.path>} variables. As in AWS,
 * a variable standing for a string is written inside quotes in the template and its value is
 * escaped into them; any other value (number, object, array) is written as JSON. A path that
 * does not resolve renders as nothing.
 */
public record InputTemplate(String template) {

    private static final Pattern VARIABLE = Pattern.compile("<\\$\\.([A-Za-z0-9_\\-.]+)>");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The template in the classpath resource {@code name}, such as {@code pipe/processing-message-template.json}. */
    public static InputTemplate resource(String name) {
        return new InputTemplate(JsonResource.text(name));
    }

    /**
     * The template with every variable replaced by its value in {@code event}, as compact JSON.
     *
     * @throws IllegalArgumentException when the result is not JSON, e.g. an object substituted inside quotes
     */
    public String render(JsonNode event) {
        Matcher variables = VARIABLE.matcher(template);
        var rendered = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(rendered, Matcher.quoteReplacement(valueAt(event, variables.group(1))));
        }
        variables.appendTail(rendered);
        try {
            return JSON.writeValueAsString(JSON.readTree(rendered.toString()));
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("The template did not render to JSON: " + rendered, notJson);
        }
    }

    private static String valueAt(JsonNode event, String dotPath) {
        JsonNode value = event;
        for (String field : dotPath.split("\\.")) {
            value = value.path(field);
        }
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isTextual() ? new String(JsonStringEncoder.getInstance().quoteAsString(value.asText())) : value.toString();
    }
}
