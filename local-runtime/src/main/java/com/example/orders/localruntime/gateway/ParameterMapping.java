package com.example.orders.localruntime.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API Gateway's parameter mapping expressions, as response parameters use them: a static value in
 * single quotes, a request header, query string or path parameter, or a stage variable. A mapping
 * whose source is absent sets no header.
 */
final class ParameterMapping {

    private static final Pattern STATIC = Pattern.compile("^'(.*)'$", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("^(method\\.request\\.(header|querystring|path)|stageVariables)\\.([A-Za-z0-9._$-]+)$");

    private ParameterMapping() {
    }

    /** Refuses, naming {@code where}, an expression this gateway cannot evaluate. */
    static void check(String where, String expression) {
        if (!STATIC.matcher(expression).matches() && !SOURCE.matcher(expression).matches()) {
            throw new IllegalArgumentException(where + " maps from " + expression
                    + "; the local gateway maps static values, request parameters and stage variables");
        }
    }

    static Optional<String> value(String expression, GatewayRequest request, Map<String, String> stageVariables) {
        var literal = STATIC.matcher(expression);
        if (literal.matches()) {
            return Optional.of(literal.group(1));
        }
        var source = SOURCE.matcher(expression);
        if (!source.matches()) {
            throw new IllegalArgumentException("Not a parameter mapping: " + expression);
        }
        String name = source.group(3);
        if (source.group(1).equals("stageVariables")) {
            return Optional.ofNullable(stageVariables.get(name));
        }
        return switch (source.group(2)) {
            case "header" -> request.header(name);
            case "querystring" -> Optional.ofNullable(request.queryParameters().get(name)).map(values -> values.getLast());
            default -> Optional.ofNullable(request.pathParameters().get(name));
        };
    }
}
