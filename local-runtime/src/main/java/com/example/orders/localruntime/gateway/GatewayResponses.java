package com.example.orders.localruntime.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The deploy spec's {@code x-amazon-apigateway-gateway-responses}, answered as API Gateway answers
 * them: a type the spec customises uses its own status, headers and template; any other falls back
 * to DEFAULT_4XX or DEFAULT_5XX by its class (and takes that one's status, when it sets one), and
 * without either to API Gateway's own {@code {"message": ...}}.
 */
final class GatewayResponses {

    static final String EXTENSION = "x-amazon-apigateway-gateway-responses";
    private static final String DEFAULT_TEMPLATE = "{\"message\":$context.error.messageString}";
    private static final String HEADER_PREFIX = "gatewayresponse.header.";

    private record Definition(Integer statusCode, Map<String, String> headers, Map<String, MappingTemplate> templates) {
    }

    private final Map<GatewayResponseType, Definition> definitions;
    private final Map<String, String> stageVariables;
    private final String stage;

    private GatewayResponses(Map<GatewayResponseType, Definition> definitions, Map<String, String> stageVariables, String stage) {
        this.definitions = definitions;
        this.stageVariables = Map.copyOf(stageVariables);
        this.stage = stage;
    }

    static GatewayResponses of(JsonNode spec, Map<String, String> stageVariables, String stage) {
        var definitions = new EnumMap<GatewayResponseType, Definition>(GatewayResponseType.class);
        spec.path(EXTENSION).properties().forEach(entry -> {
            GatewayResponseType type;
            try {
                type = GatewayResponseType.valueOf(entry.getKey());
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("The local gateway knows no gateway response type " + entry.getKey());
            }
            JsonNode response = entry.getValue();
            var headers = new LinkedHashMap<String, String>();
            response.path("responseParameters").properties().forEach(parameter -> {
                if (!parameter.getKey().startsWith(HEADER_PREFIX)) {
                    throw new IllegalArgumentException(type + " maps " + parameter.getKey() + "; the local gateway maps headers only");
                }
                String expression = parameter.getValue().asText();
                ParameterMapping.check(type + " " + parameter.getKey(), expression);
                headers.put(parameter.getKey().substring(HEADER_PREFIX.length()), expression);
            });
            var templates = new LinkedHashMap<String, MappingTemplate>();
            response.path("responseTemplates").properties().forEach(template -> templates.put(template.getKey(),
                    MappingTemplate.substitution(type + " " + template.getKey(), template.getValue().asText())));
            Integer status = response.hasNonNull("statusCode") ? Integer.valueOf(response.get("statusCode").asText()) : null;
            definitions.put(type, new Definition(status, headers, templates));
        });
        return new GatewayResponses(definitions, stageVariables, stage);
    }

    /** The gateway's answer to {@code request} for {@code error}. */
    GatewayResponse render(GatewayError error, GatewayRequest request, String resourcePath) {
        GatewayResponseType type = error.type();
        Optional<Definition> own = Optional.ofNullable(definitions.get(type));
        Optional<Definition> fallback = Optional.ofNullable(definitions.get(type.fallback()));
        Definition definition = own.or(() -> fallback).orElse(new Definition(null, Map.of(), Map.of()));
        int status = own.map(Definition::statusCode)
                .or(() -> fallback.map(Definition::statusCode))
                .orElse(type.defaultStatus() > 0 ? type.defaultStatus() : type == GatewayResponseType.DEFAULT_5XX ? 500 : 400);

        Map.Entry<String, MappingTemplate> template = definition.templates().entrySet().stream()
                .filter(entry -> entry.getKey().equals("application/json"))
                .findFirst()
                .or(() -> definition.templates().entrySet().stream().findFirst())
                .orElse(Map.entry("application/json", MappingTemplate.substitution("default", DEFAULT_TEMPLATE)));
        String body = template.getValue().render(TemplateVariables.of(request, resourcePath, stageVariables, stage, error, request.body()));

        var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", List.of(template.getKey()));
        headers(type, request).forEach((name, value) -> headers.put(name, List.of(value)));
        return new GatewayResponse(status, headers, body);
    }

    /**
     * The headers the spec maps for {@code type}'s response (its own, else its fallback's), for
     * answers the gateway gives outside API Gateway's pipeline, such as HTTP-level refusals.
     */
    Map<String, String> headers(GatewayResponseType type, GatewayRequest request) {
        Definition definition = Optional.ofNullable(definitions.get(type))
                .or(() -> Optional.ofNullable(definitions.get(type.fallback())))
                .orElse(new Definition(null, Map.of(), Map.of()));
        var headers = new LinkedHashMap<String, String>();
        definition.headers().forEach((name, expression) -> ParameterMapping.value(expression, request, stageVariables)
                .ifPresent(value -> headers.put(name, value)));
        return headers;
    }

    /** Every type the spec customises, for tests that render each. */
    List<GatewayResponseType> customisedTypes() {
        return List.copyOf(definitions.keySet());
    }
}
