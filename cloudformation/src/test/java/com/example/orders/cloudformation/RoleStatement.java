package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One statement of a role's inline policy, its resources resolved for the sample stage: what IAM
 * would match a request against. Actions match case-insensitively, resources case-sensitively,
 * both with IAM's {@code *} and {@code ?} wildcards.
 */
record RoleStatement(String policy, int index, boolean allow, List<String> actions, List<String> resources) {

    /** Every statement of the inline policies of the role {@code roleId} in {@code template}. */
    static List<RoleStatement> of(JsonNode template, String roleId) {
        StackValues values = new StackValues(template);
        List<RoleStatement> statements = new ArrayList<>();
        template.path("Resources").path(roleId).path("Properties").path("Policies").forEach(policy -> {
            int index = 0;
            for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                List<String> resources = new ArrayList<>();
                JsonNode resource = statement.path("Resource");
                (resource.isArray() ? resource : List.of(resource)).forEach(value -> resources.add(values.resolve(value)));
                statements.add(new RoleStatement(policy.path("PolicyName").asText(), index++,
                        statement.path("Effect").asText().equals("Allow"), Templates.values(statement.path("Action")), resources));
            }
        });
        return statements;
    }

    boolean grantsAction(String action) {
        return actions.stream().anyMatch(pattern -> glob(pattern.toLowerCase(Locale.ROOT)).matcher(action.toLowerCase(Locale.ROOT)).matches());
    }

    /** Whether this statement names {@code call}'s action and one of its resources ("*" for a call with no ARN). */
    boolean matches(ObservedCall call) {
        if (!grantsAction(call.action())) {
            return false;
        }
        if (call.hasNoArn()) {
            return resources.contains("*");
        }
        return call.resources().stream().anyMatch(arn -> resources.stream().anyMatch(pattern -> glob(pattern).matcher(arn).matches()));
    }

    @Override
    public String toString() {
        return "%s statement %d (%s %s on %s)".formatted(policy, index, allow ? "Allow" : "Deny", String.join(", ", actions),
                String.join(", ", resources));
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString());
    }
}
