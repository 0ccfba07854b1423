package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Least privilege in every template's IAM policies: no wildcard actions, and a wildcard resource
 * only for actions that AWS offers no resource-level permission for. KMS key policies are not IAM
 * policies: in them {@code Resource: "*"} means the key itself, so they are out of scope here.
 */
class IamPolicyTest {

    /**
     * Actions that can only be granted on "*" (the Service Authorization Reference lists no
     * resource type for them): writing traces, the log-delivery calls Step Functions makes when its
     * logging is set up, and listing a table's streams.
     */
    static final Set<String> ACTIONS_WITHOUT_RESOURCE_LEVEL_PERMISSIONS = Set.of(
            "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets",
            "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
            "logs:DescribeLogGroups", "dynamodb:ListStreams");

    /** Reading what was logged: no role of the platform needs it, and logs may hold what callers sent. */
    private static final Set<String> LOG_READING_ACTIONS = Set.of(
            "logs:GetLogEvents", "logs:FilterLogEvents", "logs:StartQuery", "logs:GetQueryResults",
            "logs:StartLiveTail", "logs:GetLogRecord");

    static List<String> templates() {
        return Templates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noStatementGrantsAWildcardAction(String name) {
        assertThat(policies(Templates.load(name)))
                .flatMap(IamPolicyTest::statements)
                .allSatisfy(statement -> assertThat(Templates.values(statement.path("Action")))
                        .as(statement.toString())
                        .noneMatch(action -> action.contains("*")));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void wildcardResourcesOnlyForActionsThatHaveNoOther(String name) {
        for (JsonNode policy : policies(Templates.load(name))) {
            for (JsonNode statement : statements(policy)) {
                if (!isAllowOnEveryResource(statement)) {
                    continue;
                }
                for (String action : Templates.values(statement.path("Action"))) {
                    boolean textMessages = action.equals("sns:Publish") && deniesPublishingToTopics(policy);
                    assertThat(ACTIONS_WITHOUT_RESOURCE_LEVEL_PERMISSIONS.contains(action) || textMessages)
                            .as("%s grants %s on every resource, though it can be granted on specific ones", name, action)
                            .isTrue();
                }
            }
        }
    }

    /** Scoped to an ARN, such an action is denied: IAM never matches it against a resource. */
    @ParameterizedTest
    @MethodSource("templates")
    void actionsWithoutResourceLevelPermissionsAreGrantedOnEveryResource(String name) {
        for (JsonNode policy : policies(Templates.load(name))) {
            for (JsonNode statement : statements(policy)) {
                if (!statement.path("Effect").asText().equals("Allow")) {
                    continue;
                }
                for (String action : Templates.values(statement.path("Action"))) {
                    if (ACTIONS_WITHOUT_RESOURCE_LEVEL_PERMISSIONS.contains(action)) {
                        assertThat(isAllowOnEveryResource(statement))
                                .as("%s grants %s on %s, which IAM never matches", name, action, statement.path("Resource"))
                                .isTrue();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noRoleReadsLogs(String name) {
        assertThat(policies(Templates.load(name)))
                .flatMap(IamPolicyTest::statements)
                .filteredOn(statement -> statement.path("Effect").asText().equals("Allow"))
                .allSatisfy(statement -> assertThat(Templates.values(statement.path("Action")))
                        .as("%s: %s", name, statement)
                        .doesNotContainAnyElementsOf(LOG_READING_ACTIONS));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noRoleAttachesManagedPolicies(String name) {
        assertThat(Templates.resourcesOfType(Templates.load(name), "AWS::IAM::Role"))
                .allSatisfy(role -> assertThat(role.path("Properties").path("ManagedPolicyArns").isMissingNode())
                        .as("managed policies grant more than a role of this platform needs")
                        .isTrue());
    }

    /**
     * Sending an SMS is sns:Publish to a phone number, which has no ARN; it may be granted on "*"
     * only together with a Deny on every topic, so the grant cannot publish to one.
     */
    private static boolean deniesPublishingToTopics(JsonNode policy) {
        return statements(policy).stream().anyMatch(statement -> statement.path("Effect").asText().equals("Deny")
                && Templates.values(statement.path("Action")).contains("sns:Publish")
                && statement.path("Resource").path("Fn::Sub").asText().equals("arn:${AWS::Partition}:sns:*:*:*"));
    }

    private static boolean isAllowOnEveryResource(JsonNode statement) {
        return statement.path("Effect").asText().equals("Allow") && Templates.values(statement.path("Resource")).contains("*");
    }

    /** The policy documents of roles' inline policies and of standalone and managed policies. */
    static List<JsonNode> policies(JsonNode template) {
        List<JsonNode> documents = new ArrayList<>();
        Templates.resourcesOfType(template, "AWS::IAM::Role")
                .forEach(role -> role.path("Properties").path("Policies")
                        .forEach(policy -> documents.add(policy.path("PolicyDocument"))));
        Templates.resourcesOfType(template, "AWS::IAM::Policy")
                .forEach(policy -> documents.add(policy.path("Properties").path("PolicyDocument")));
        Templates.resourcesOfType(template, "AWS::IAM::ManagedPolicy")
                .forEach(policy -> documents.add(policy.path("Properties").path("PolicyDocument")));
        return documents;
    }

    static List<JsonNode> statementsOfRole(JsonNode role) {
        List<JsonNode> statements = new ArrayList<>();
        role.path("Properties").path("Policies").forEach(policy -> statements.addAll(statements(policy.path("PolicyDocument"))));
        return statements;
    }

    static List<JsonNode> statements(JsonNode policy) {
        List<JsonNode> statements = new ArrayList<>();
        policy.path("Statement").forEach(statements::add);
        return statements;
    }

}
