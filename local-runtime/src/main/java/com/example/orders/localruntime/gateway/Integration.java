package com.example.orders.localruntime.gateway;

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

        public Mock {
            requestTemplates = Map.copyOf(requestTemplates);
            responses = List.copyOf(responses);
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
