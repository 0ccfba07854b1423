package com.example.orders.localruntime;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * What an EventBridge Pipe does to each source record: keep it if it matches the filter, then
 * shape the target's message with the input template.
 */
public record PipeDefinition(EventPattern filter, InputTemplate template) {

    /**
     * The pipe from the Orders table's stream to order-processing-queue. Its filter and template
     * are the very files the CloudFormation pipe embeds.
     */
    public static PipeDefinition newOrders() {
        return new PipeDefinition(
                EventPattern.resource("pipe/new-order-filter.json"),
                InputTemplate.resource("pipe/processing-message-template.json"));
    }

    /** The message for {@code event}, or empty when the filter drops it. */
    public Optional<String> apply(JsonNode event) {
        return filter.matches(event) ? Optional.of(template.render(event)) : Optional.empty();
    }
}
