package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queues of a template that hold what something else gave up on, by logical id, each with the
 * logical id of the queue it takes dead letters from (or null when what fails is no queue): the
 * targets of redrive policies, of pipes' dead-letter configs, and the queues whose ARN the
 * template outputs for a function's on-failure destination (wired through the root stack under
 * the same name).
 */
final class DeadLetterStores {

    private DeadLetterStores() {}

    static Map<String, String> of(JsonNode template) {
        Map<String, String> stores = new LinkedHashMap<>();
        template.path("Resources").properties().forEach(resource -> {
            JsonNode properties = resource.getValue().path("Properties");
            String redriveTarget = properties.path("RedrivePolicy").path("deadLetterTargetArn").path("Fn::GetAtt").path(0).asText();
            if (!redriveTarget.isEmpty()) {
                stores.put(redriveTarget, resource.getKey());
            }
            properties.path("SourceParameters").forEach(source -> {
                String pipeTarget = source.path("DeadLetterConfig").path("Arn").path("Fn::GetAtt").path(0).asText();
                if (!pipeTarget.isEmpty()) {
                    stores.putIfAbsent(pipeTarget, null);
                }
            });
        });
        Set<String> onFailureParameters = onFailureDestinationParameters();
        template.path("Outputs").properties().stream()
                .filter(output -> onFailureParameters.contains(output.getKey()))
                .map(output -> output.getValue().path("Value").path("Fn::GetAtt").path(0).asText())
                .filter(queue -> !queue.isEmpty())
                .forEach(queue -> stores.putIfAbsent(queue, null));
        return stores;
    }

    /** The parameters that name, in any template, a function's on-failure destination. */
    private static Set<String> onFailureDestinationParameters() {
        return Templates.NAMES.stream()
                .map(Templates::load)
                .flatMap(template -> Templates.resourcesOfType(template, "AWS::Lambda::EventInvokeConfig"))
                .map(config -> config.path("Properties").path("DestinationConfig").path("OnFailure")
                        .path("Destination").path("Ref").asText())
                .filter(parameter -> !parameter.isEmpty())
                .collect(Collectors.toSet());
    }
}
