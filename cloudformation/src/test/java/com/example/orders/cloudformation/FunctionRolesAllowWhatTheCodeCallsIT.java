package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Least privilege proven from the calls the code makes: each function module's integration tests
 * recorded every AWS operation the function called (lambda-support's AwsCallRecorder, in
 * target/aws-calls.jsonl), and each function's role in the templates allows each of them on its
 * resource, and nothing else but what AWS itself does with the role for the function. The report,
 * per function, is in target/least-privilege.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionRolesAllowWhatTheCodeCallsIT {

    private final List<LeastPrivilege.Report> reports = new ArrayList<>();

    /** The module that builds a function: its Code is {@code artifacts/<module>.jar}. */
    private static String module(DeployedFunction function) {
        return function.properties().path("Code").asText().replaceFirst("^artifacts/", "").replaceFirst("\\.jar$", "");
    }

    private static Set<ObservedCall> callsOf(DeployedFunction function) {
        Path recorded = Templates.repoRoot().resolve(module(function)).resolve("target/aws-calls.jsonl");
        assertThat(recorded).as("%s's calls; run its module's integration tests first (mvn verify)", function).exists();
        return ObservedCall.read(recorded);
    }

    @BeforeAll
    void checkEveryFunction() throws IOException {
        for (DeployedFunction function : DeployedFunction.all()) {
            reports.add(LeastPrivilege.check(function, callsOf(function)));
        }
        String text = reports.stream().map(LeastPrivilege.Report::text).collect(Collectors.joining("\n"));
        Files.writeString(Templates.repoRoot().resolve("cloudformation/target/least-privilege.txt"), text);
        System.out.println(text);
    }

    @Test
    void everyFunctionWasSeenCallingAws() {
        assertThat(reports).allSatisfy(report -> assertThat(report.allowed()).as(report.function().toString()).isNotEmpty());
    }

    @Test
    void everyCallAFunctionMakesIsAllowedByItsRole() {
        assertThat(reports).allSatisfy(report -> assertThat(report.notAllowed()).as(report.text()).isEmpty());
    }

    @Test
    void noRoleAllowsWhatNeitherItsCodeNorAwsCalls() {
        assertThat(reports).allSatisfy(report -> assertThat(report.neverCalled()).as(report.text()).isEmpty());
    }

    /** The check has teeth: without any one statement the code relies on, it names the calls that lose their grant. */
    @Test
    void removingAStatementTheCodeReliesOnNamesTheCallsItAllowed() {
        for (LeastPrivilege.Report report : reports) {
            Set<RoleStatement> relied = report.allowed().stream().map(LeastPrivilege.Allowed::statement).collect(Collectors.toSet());
            for (RoleStatement statement : relied) {
                DeployedFunction without = withoutStatement(report.function(), report.role(), statement);
                List<String> lost = report.allowed().stream().filter(line -> line.statement().equals(statement))
                        .map(line -> line.call().toString()).toList();
                assertThat(LeastPrivilege.check(without, callsOf(report.function())).notAllowed())
                        .as("%s without %s", report.function(), statement)
                        .extracting(ObservedCall::toString)
                        .containsAll(lost);
            }
        }
    }

    private static DeployedFunction withoutStatement(DeployedFunction function, String role, RoleStatement statement) {
        ObjectNode template = function.declaringTemplate().deepCopy();
        for (JsonNode policy : template.path("Resources").path(role).path("Properties").path("Policies")) {
            if (policy.path("PolicyName").asText().equals(statement.policy())) {
                ((ArrayNode) policy.path("PolicyDocument").path("Statement")).remove(statement.index());
            }
        }
        return new DeployedFunction(function.template(), function.logicalId(),
                template.path("Resources").path(function.logicalId()).path("Properties"), template);
    }
}
