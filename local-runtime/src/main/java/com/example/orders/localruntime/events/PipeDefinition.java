package com.example.orders.localruntime.events;

import com.example.orders.localruntime.templates.BundledTemplates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;

/**
 * What an EventBridge Pipe with a stream source does to each record: keep it if it matches the
 * filter, shape the target's message with the input template; where a new pipe starts reading;
 * and when it gives up on a record it cannot deliver (after {@code maximumRetryAttempts}, or once
 * the record is older than {@code maximumRecordAge}; empty or negative for never), sending it to
 * its dead-letter queue.
 */
public record PipeDefinition(
        EventPattern filter,
        InputTemplate template,
        StartingPosition startingPosition,
        int maximumRetryAttempts,
        Optional<Duration> maximumRecordAge) {

    /** The pipes' logical ids in the messaging stack. */
    static final String NEW_ORDERS_PIPE = "NewOrdersPipe";
    static final String STATUS_EVENTS_PIPE = "StatusEventsPipe";

    public enum StartingPosition { TRIM_HORIZON, LATEST }

    /**
     * The pipe from the Orders table's stream to order-processing-queue, exactly as the
     * assembled messaging stack deploys it: filter, input template, starting position and
     * retry limits.
     */
    public static PipeDefinition newOrders() {
        return fromTemplate(BundledTemplates.resourceProperties("messaging.yaml", NEW_ORDERS_PIPE));
    }

    /**
     * The pipe from the Orders table's stream to the notifications topic, exactly as the assembled
     * messaging stack deploys it: every status change stored becomes an OrderStatusChanged event.
     */
    public static PipeDefinition statusEvents() {
        return fromTemplate(BundledTemplates.resourceProperties("messaging.yaml", STATUS_EVENTS_PIPE));
    }

    /** The pipe an {@code AWS::Pipes::Pipe}'s properties define, as assembled (filter and template filled in). */
    static PipeDefinition fromTemplate(JsonNode properties) {
        JsonNode stream = properties.path("SourceParameters").path("DynamoDBStreamParameters");
        JsonNode filters = properties.path("SourceParameters").path("FilterCriteria").path("Filters");
        if (filters.size() != 1) {
            throw new IllegalArgumentException("The local pipe runs exactly one filter; the template has " + filters.size());
        }
        long maximumAge = stream.path("MaximumRecordAgeInSeconds").asLong(-1);
        return new PipeDefinition(
                new EventPattern(parse(filters.path(0).path("Pattern").asText())),
                new InputTemplate(properties.path("TargetParameters").path("InputTemplate").asText()),
                StartingPosition.valueOf(stream.path("StartingPosition").asText()),
                stream.path("MaximumRetryAttempts").asInt(-1),
                maximumAge < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(maximumAge)));
    }

    /** The message for {@code event}, or empty when the filter drops it. */
    public Optional<String> apply(JsonNode event) {
        return filter.matches(event) ? Optional.of(template.render(event)) : Optional.empty();
    }

    /** Whether a record that failed {@code attempts} times, and is {@code age} old, is given up on. */
    public boolean givesUp(int attempts, Duration age) {
        boolean retriesExhausted = maximumRetryAttempts >= 0 && attempts > maximumRetryAttempts;
        boolean tooOld = maximumRecordAge.map(limit -> age.compareTo(limit) > 0).orElse(false);
        return retriesExhausted || tooOld;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("The pipe's filter pattern is not JSON: " + json, notJson);
        }
    }
}
