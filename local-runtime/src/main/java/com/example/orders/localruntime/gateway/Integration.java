package com.example.orders.localruntime.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What API Gateway does with a request that passed its checks: the two integration types the API uses. */
sealed interface Integration {

    /**
     * {@code aws_proxy}: the request becomes a proxy event for the Lambda function the URI names,
     * and its answer becomes the response.
     */
    record LambdaProxy(String functionArn) implements Integration {

        /** The function's name: what follows {@code :function:} in its ARN, without an alias or version. */
        String functionName() {
            String afterFunction = functionArn.substring(functionArn.indexOf(":function:") + ":function:".length());
            int qualifier = afterFunction.indexOf(':');
            return qualifier < 0 ? afterFunction : afterFunction.substring(0, qualifier);
        }
    }

    /**
     * {@code mock}: the request template's {@code statusCode} selects an integration response,
     * whose parameters and template make the response.
     */
    record Mock(Map<String, MappingTemplate> requestTemplates, List<IntegrationResponse> responses) implements Integration {

        private static final ObjectMapper JSON = new ObjectMapper();

        public Mock {
            requestTemplates = Map.copyOf(requestTemplates);
            responses = List.copyOf(responses);
        }

        /**
         * What the mock answers: the request template (by Content-Type, JSON when there is none)
         * yields the status code that selects the integration response, whose template runs with
         * the {@code $context.responseOverride} it may set and whose parameters map the headers.
         * Empty when the templates select no response, which API Gateway answers as a configuration error.
         */
        Optional<GatewayResponse> respond(GatewayRequest request, String resourcePath, Map<String, String> stageVariables,
                String stage) {
            String contentType = request.header("Content-Type").map(type -> type.split(";", 2)[0].strip()).orElse("application/json");
            MappingTemplate requestTemplate = requestTemplates.get(contentType);
            String statusCode = "200";
            if (requestTemplate != null) {
                String rendered = requestTemplate.render(TemplateVariables.of(request, resourcePath, stageVariables, stage, null,
                        request.body()));
                try {
                    statusCode = JSON.readTree(rendered).path("statusCode").asText("200");
                } catch (JsonProcessingException notJson) {
                    return Optional.empty();
                }
            }
            Optional<IntegrationResponse> selected = responseFor(statusCode);
            if (selected.isEmpty()) {
                return Optional.empty();
            }
            IntegrationResponse response = selected.get();
            var headers = new LinkedHashMap<String, List<String>>();
            headers.put("Content-Type", List.of("application/json"));
            response.responseParameters().forEach((name, expression) ->
                    ParameterMapping.value(expression, request, stageVariables).ifPresent(value -> headers.put(name, List.of(value))));
            MappingTemplate template = response.responseTemplates().get("application/json");
            String body = "";
            int status = response.statusCode();
            if (template != null) {
                Map<String, Object> variables = TemplateVariables.of(request, resourcePath, stageVariables, stage, null, "");
                body = template.render(variables);
                TemplateVariables.Overrides overrides = TemplateVariables.overrides(variables);
                overrides.headers().forEach((name, value) -> headers.put(name, List.of(value)));
                if (overrides.status() != null) {
                    status = overrides.status();
                }
            }
            return Optional.of(new GatewayResponse(status, headers, body));
        }

        /** The response whose selection pattern matches the status code, else the default one. */
        Optional<IntegrationResponse> responseFor(String statusCode) {
            return responses.stream().filter(response -> !response.isDefault() && statusCode.matches(response.selectionPattern()))
                    .findFirst()
                    .or(() -> responses.stream().filter(IntegrationResponse::isDefault).findFirst());
        }
    }

    /** One of a mock integration's responses, keyed in the spec by its selection pattern. */
    record IntegrationResponse(String selectionPattern, int statusCode, Map<String, String> responseParameters,
            Map<String, MappingTemplate> responseTemplates) {

        public IntegrationResponse {
            responseParameters = Map.copyOf(responseParameters);
            responseTemplates = Map.copyOf(responseTemplates);
        }

        boolean isDefault() {
            return selectionPattern.equals("default");
        }
    }
}
