package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Least privilege in every template's IAM policies. KMS key policies are not IAM policies: in
 * them {@code Resource: "*"} means the key itself, so they are out of scope here.
 */
class IamPolicyTest {

    static List<String> templates() {
        return Templates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noIamStatementAllowsEveryAction(String name) {
        assertThat(statements(Templates.load(name)))
                .allSatisfy(statement -> assertThat(values(statement.path("Action"))).doesNotContain("*"));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noIamStatementAppliesToEveryResource(String name) {
        assertThat(statements(Templates.load(name)))
                .allSatisfy(statement -> assertThat(values(statement.path("Resource"))).doesNotContain("*"));
    }

    /** The statements of roles' inline policies and of standalone and managed policies. */
    private static List<JsonNode> statements(JsonNode template) {
        List<JsonNode> documents = new ArrayList<>();
        Templates.resourcesOfType(template, "AWS::IAM::Role")
                .forEach(role -> role.path("Properties").path("Policies")
                        .forEach(policy -> documents.add(policy.path("PolicyDocument"))));
        Templates.resourcesOfType(template, "AWS::IAM::Policy")
                .forEach(policy -> documents.add(policy.path("Properties").path("PolicyDocument")));
        Templates.resourcesOfType(template, "AWS::IAM::ManagedPolicy")
                .forEach(policy -> documents.add(policy.path("Properties").path("PolicyDocument")));
        List<JsonNode> statements = new ArrayList<>();
        documents.forEach(document -> document.path("Statement").forEach(statements::add));
        return statements;
    }

    /** An Action or Resource is one value or a list of them; intrinsic functions are not "*". */
    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        }
        return values;
    }
}
