package com.example.orders.localruntime.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * What Lambda does with an asynchronous invocation that fails, as an
 * {@code AWS::Lambda::EventInvokeConfig} sets it: how many more attempts it makes (0 to 2), how
 * old an event may get before it is given up, and whether what is given up goes to an on-failure
 * destination. Without a config, Lambda's defaults: two retries, six hours, no destination.
 */
public record AsyncInvocationPolicy(int maximumRetryAttempts, Duration maximumEventAge, boolean hasOnFailureDestination) {

    public static final AsyncInvocationPolicy LAMBDA_DEFAULTS = new AsyncInvocationPolicy(2, Duration.ofHours(6), false);

    public AsyncInvocationPolicy {
        if (maximumRetryAttempts < 0 || maximumRetryAttempts > 2) {
            throw new IllegalArgumentException("Lambda retries an asynchronous invocation 0 to 2 times, not " + maximumRetryAttempts);
        }
    }

    /** The policy of an {@code AWS::Lambda::EventInvokeConfig}'s properties. */
    public static AsyncInvocationPolicy of(JsonNode eventInvokeConfig) {
        return new AsyncInvocationPolicy(
                eventInvokeConfig.path("MaximumRetryAttempts").asInt(LAMBDA_DEFAULTS.maximumRetryAttempts()),
                eventInvokeConfig.has("MaximumEventAgeInSeconds")
                        ? Duration.ofSeconds(eventInvokeConfig.get("MaximumEventAgeInSeconds").asLong())
                        : LAMBDA_DEFAULTS.maximumEventAge(),
                !eventInvokeConfig.path("DestinationConfig").path("OnFailure").path("Destination").isMissingNode());
    }

    /** Whether an event that has been tried {@code attempts} times, and is {@code age} old, is given up on. */
    Optional<String> givesUp(int attempts, Duration age) {
        if (age.compareTo(maximumEventAge) > 0) {
            return Optional.of("EventAgeExceeded");
        }
        if (attempts > maximumRetryAttempts) {
            return Optional.of("RetriesExhausted");
        }
        return Optional.empty();
    }
}
