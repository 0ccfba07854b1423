package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Lambda function as a template deploys it, with the template that declares it. */
record DeployedFunction(String template, String logicalId, JsonNode properties, JsonNode declaringTemplate) {

    /** Every function of every template. */
    static List<DeployedFunction> all() {
        List<DeployedFunction> functions = new ArrayList<>();
        for (String name : Templates.NAMES) {
            JsonNode template = Templates.load(name);
            template.path("Resources").properties().stream()
                    .filter(resource -> resource.getValue().path("Type").asText().equals("AWS::Lambda::Function"))
                    .forEach(resource -> functions.add(new DeployedFunction(
                            name, resource.getKey(), resource.getValue().path("Properties"), template)));
        }
        return functions;
    }

    String handlerClass() {
        return properties.path("Handler").asText().split("::", 2)[0];
    }

    Map<String, JsonNode> environment() {
        Map<String, JsonNode> variables = new java.util.LinkedHashMap<>();
        properties.path("Environment").path("Variables").properties().forEach(entry -> variables.put(entry.getKey(), entry.getValue()));
        return variables;
    }

    /** The resource of {@code type} whose {@code property} is a Ref to this function. */
    List<String> resourcesReferringToIt(String type, String property) {
        List<String> ids = new ArrayList<>();
        declaringTemplate.path("Resources").properties().forEach(resource -> {
            if (resource.getValue().path("Type").asText().equals(type)
                    && resource.getValue().path("Properties").path(property).path("Ref").asText().equals(logicalId)) {
                ids.add(resource.getKey());
            }
        });
        return ids;
    }

    @Override
    public String toString() {
        return template + ":" + logicalId;
    }
}
