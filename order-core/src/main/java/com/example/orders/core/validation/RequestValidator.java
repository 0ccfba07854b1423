package com.example.orders.core.validation;

import com.example.orders.api.constraints.ConstraintReport;
import com.example.orders.api.constraints.ContractConstraints;
import com.example.orders.api.model.CreateOrderRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a request body to the contract's constraints, through {@link ContractConstraints}, the
 * checks api-model's build generates from openapi/orders.yaml (decision 0020): plain code, so
 * nothing is bootstrapped, reflected on or loaded beyond it, on a cold start or after a restore.
 * Lengths are counted in characters (code points), as JSON Schema counts them: an emoji is one.
 * Each invalid field gets one message, in the API's words.
 */
public final class RequestValidator {

    /** The violations of {@code request}, one per field, sorted by field; empty when it is valid. */
    public List<FieldViolation> violationsOf(CreateOrderRequest request) {
        var report = new WordedReport();
        ContractConstraints.check(request, "", report);
        return report.violations();
    }

    /** Throws {@link InvalidRequestException} naming every invalid field. */
    public CreateOrderRequest requireValid(CreateOrderRequest request) {
        List<FieldViolation> violations = violationsOf(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return request;
    }

    /** What the contract asks of each field, in the API's words. */
    private static final class WordedReport implements ConstraintReport {

        private final Map<String, List<String>> byField = new LinkedHashMap<>();

        List<FieldViolation> violations() {
            return byField.entrySet().stream()
                    .map(field -> new FieldViolation(field.getKey(), String.join(" and ", field.getValue())))
                    .sorted()
                    .toList();
        }

        private void add(String field, String message) {
            List<String> messages = byField.computeIfAbsent(field, name -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }

        @Override
        public void missing(String field) {
            add(field, "is required");
        }

        @Override
        public void length(String field, int min, int max) {
            add(field, "must be " + range(min, max) + " characters long");
        }

        @Override
        public void pattern(String field, String pattern) {
            add(field, "must match the pattern " + pattern);
        }

        @Override
        public void below(String field, long minimum) {
            add(field, "must be at least " + minimum);
        }

        @Override
        public void above(String field, long maximum) {
            add(field, "must be at most " + maximum);
        }

        @Override
        public void itemCount(String field, int min, int max) {
            add(field, "must have " + range(min, max) + " items");
        }

        private static String range(int min, int max) {
            if (max == Integer.MAX_VALUE) {
                return "at least " + min;
            }
            return min == max ? Integer.toString(min) : min + " to " + max;
        }
    }
}
