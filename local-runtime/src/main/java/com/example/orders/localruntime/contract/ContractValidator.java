package com.example.orders.localruntime.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.example.orders.core.validation.FieldViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request validation API Gateway runs before the integration: parameters, headers and the
 * JSON body against the contract's schemas. Every failure becomes a {@link FieldViolation} named
 * the way the API names fields ({@code items[0].quantity}, {@code status}, {@code body}).
 */
public final class ContractValidator {

    /** "[Path '/items/0'] Object has ..." : the library's prefix on body messages; the field says it better. */
    private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");
    /** The property names in "missing required properties ([...])" and "not allowed by the schema: [...]". */
    private static final Pattern PROPERTY_LIST = Pattern.compile("(\\[[^\\[\\]]*])\\)?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;

    ContractValidator(OpenAPI openApi) {
        this.validator = OpenApiInteractionValidator.createFor(openApi)
                .withLevelResolver(LevelResolver.create()
                        // The gateway checks the API key itself, before validation.
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        // The gateway answers a wrong Content-Type with 415 itself, before validation.
                        .withLevel("validation.request.contentType", ValidationReport.Level.IGNORE)
                        // API Gateway's validators look at neither Accept nor bodies nobody declared.
                        .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
                        // API Gateway passes query parameters the contract does not declare through.
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** What is wrong with the request, by field; empty when it is valid. */
    public List<FieldViolation> violations(String method, String path, Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers, String body) {
        var violations = new ArrayList<FieldViolation>();
        var builder = new SimpleRequest.Builder(method, path);
        queryParameters.forEach(builder::withQueryParam);
        headers.forEach(builder::withHeader);
        if (body != null) {
            builder.withBody(body);
        }
        for (Message message : validator.validateRequest(builder.build()).getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.addAll(toViolations(message));
            }
        }
        return violations;
    }

    private static List<FieldViolation> toViolations(Message message) {
        String key = message.getKey();
        String text = PATH_PREFIX.matcher(message.getMessage()).replaceFirst("");
        Optional<Parameter> parameter = message.getContext().flatMap(MessageContext::getParameter);
        if (parameter.isPresent()) {
            String name = parameter.get().getName();
            return List.of(new FieldViolation(name, key.endsWith(".missing") ? "is required" : text));
        }
        if (key.equals("validation.request.body.missing")) {
            return List.of(new FieldViolation("body", "is required"));
        }
        if (key.equals("validation.request.body.schema.invalidJson")) {
            return List.of(new FieldViolation("body", "is not valid JSON"));
        }
        String field = message.getContext()
                .flatMap(MessageContext::getPointers)
                .map(pointers -> fieldPath(pointers.getInstance()))
                .orElse("");
        return switch (key) {
            case "validation.request.body.schema.required" -> eachPropertyNamed(text, field, "is required");
            case "validation.request.body.schema.additionalProperties" ->
                    eachPropertyNamed(text, field, "is not a field of this request");
            default -> List.of(new FieldViolation(field.isEmpty() ? "body" : field, text));
        };
    }

    /** One violation per property a message lists ("missing required properties (["a","b"])"). */
    private static List<FieldViolation> eachPropertyNamed(String text, String parent, String message) {
        List<String> properties = propertiesNamedIn(text);
        if (properties.isEmpty()) {
            return List.of(new FieldViolation(parent.isEmpty() ? "body" : parent, text));
        }
        return properties.stream()
                .map(property -> new FieldViolation(parent.isEmpty() ? property : parent + "." + property, message))
                .toList();
    }

    /** A JSON pointer ({@code /items/0/quantity}) in the API's notation ({@code items[0].quantity}). */
    static String fieldPath(String pointer) {
        var path = new StringBuilder();
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    /** The names listed at the end of a message, or none when it lists none. */
    private static List<String> propertiesNamedIn(String text) {
        Matcher list = PROPERTY_LIST.matcher(text);
        if (!list.find()) {
            return List.of();
        }
        try {
            var names = new ArrayList<String>();
            for (JsonNode name : JSON.readTree(list.group(1))) {
                names.add(name.asText());
            }
            return names;
        } catch (JsonProcessingException notAList) {
            return List.of();
        }
    }
}
