package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The least-privilege check itself, on the notifier's role and calls written here. */
class LeastPrivilegeTest {

    private static final String IDEMPOTENCY_KEYS = "arn:aws:dynamodb:eu-west-1:123456789012:table/test-idempotency-keys";
    private static final String PAYMENTS = "arn:aws:dynamodb:eu-west-1:123456789012:table/test-payments";
    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:test-order-notifications";

    private final DeployedFunction notifier = DeployedFunction.all().stream()
            .filter(function -> function.logicalId().equals("NotifyCustomerFunction")).findFirst().orElseThrow();

    private static ObservedCall call(String action, String... resources) {
        return new ObservedCall(action, List.of(resources), action.substring(action.indexOf(':') + 1));
    }

    @Test
    void aCallOnAResourceTheRoleDoesNotNameIsNotAllowed() {
        var report = LeastPrivilege.check(notifier, List.of(call("dynamodb:UpdateItem", PAYMENTS)));
        assertThat(report.notAllowed()).extracting(ObservedCall::toString).containsExactly("dynamodb:UpdateItem on " + PAYMENTS);
    }

    @Test
    void aCallADenyStatementMatchesIsNotAllowedThoughAnAllowDoes() {
        var report = LeastPrivilege.check(notifier, List.of(call("sns:Publish", TOPIC)));
        assertThat(report.notAllowed()).hasSize(1);
    }

    @Test
    void anSmsHasNoArnAndIsAllowedByTheGrantOnEveryResource() {
        var report = LeastPrivilege.check(notifier, List.of(call("sns:Publish")));
        assertThat(report.notAllowed()).isEmpty();
    }

    @Test
    void aGrantNoCallUsesIsReportedAsNeverCalled() {
        var report = LeastPrivilege.check(notifier, List.of(call("dynamodb:PutItem", IDEMPOTENCY_KEYS)));
        assertThat(report.neverCalled()).anyMatch(grant -> grant.startsWith("dynamodb:DeleteItem on " + IDEMPOTENCY_KEYS));
    }

    @Test
    void whatLambdaDoesWithTheRoleIsNotReportedAsNeverCalled() {
        var report = LeastPrivilege.check(notifier, List.of());
        assertThat(report.neverCalled()).noneMatch(grant -> grant.startsWith("logs:") || grant.startsWith("sqs:SendMessage"));
        assertThat(report.calledForTheFunction()).anyMatch(line -> line.startsWith("sqs:SendMessage"));
    }
}
