package com.example.orders.lambda;

import java.util.Map;

/** A function's configuration, read once at start-up; a missing setting stops the start with its name. */
public record FunctionEnvironment(Map<String, String> variables) {

    public FunctionEnvironment {
        variables = Map.copyOf(variables);
    }

    public String require(String name) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " must be set");
        }
        return value;
    }

    public String optional(String name, String fallback) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
