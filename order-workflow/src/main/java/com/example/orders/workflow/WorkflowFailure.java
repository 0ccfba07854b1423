package com.example.orders.workflow;

import com.example.orders.core.http.ApiJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What a Catch caught ({@code Error}, {@code Cause}) and in which step, turned into the reason
 * stored on the order. For a Lambda task the Cause is the function's error JSON; its message is
 * what a person needs, the error type and step are kept for whoever investigates.
 */
record WorkflowFailure(String error, String cause, String failedStep) {

    private static final int MAX_REASON = 500;

    @SuppressWarnings("unchecked")
    static WorkflowFailure from(Map<String, Object> input) {
        Map<String, Object> failure = input.get("failure") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        return new WorkflowFailure(String.valueOf(failure.getOrDefault("Error", "Unknown")),
                String.valueOf(failure.getOrDefault("Cause", "")),
                String.valueOf(input.getOrDefault("failedStep", "unknown step")));
    }

    String reason() {
        String reason = message() + " (step " + failedStep + ", error " + error + ")";
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    private String message() {
        try {
            JsonNode parsed = ApiJson.mapper().readTree(cause);
            if (parsed != null && parsed.hasNonNull("errorMessage")) {
                return parsed.get("errorMessage").asText();
            }
        } catch (Exception notJson) {
            // A Cause that is plain text is the message itself.
        }
        return cause.isBlank() ? error : cause;
    }
}
