package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The workflow stack deploys the definition the build validates and the local runtime runs. */
class WorkflowTemplateTest {

    private static final String DEFINITION = "order-workflow/src/main/resources/order-workflow.asl.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final JsonNode template = Templates.load("workflow.yaml");
    private final JsonNode machine = Templates.resourcesOfType(template, "AWS::StepFunctions::StateMachine")
            .findFirst().orElseThrow();

    @Test
    void definitionIsTheWorkflowModulesFile() {
        assertThat(machine.path("Metadata").path("Assembly").path("DefinitionS3Location").path("CopiedFile").asText())
                .isEqualTo(DEFINITION);
        assertThat(machine.path("Properties").path("DefinitionS3Location").asText()).isEqualTo("order-workflow.asl.json");
    }

    @Test
    void substitutionsFillExactlyTheDefinitionsPlaceholders() {
        Set<String> placeholders = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(Templates.readRepoFile(DEFINITION));
        while (placeholder.find()) {
            placeholders.add(placeholder.group(1));
        }
        assertThat(new TreeSet<>(Templates.names(machine.path("Properties").path("DefinitionSubstitutions"))))
                .isEqualTo(placeholders);
    }

    @Test
    void tasksInvokeTheTaskFunctionsAliasWhichTheRoleMayInvokeAlone() {
        String alias = machine.path("Properties").path("DefinitionSubstitutions").path("OrderWorkflowTasksFunctionArn")
                .path("Ref").asText();
        assertThat(template.path("Resources").path(alias).path("Type").asText()).isEqualTo("AWS::Lambda::Alias");
        String role = machine.path("Properties").path("RoleArn").path("Fn::GetAtt").path(0).asText();
        assertThat(IamPolicyTest.statementsOfRole(template.path("Resources").path(role)))
                .filteredOn(statement -> Templates.values(statement.path("Action")).contains("lambda:InvokeFunction"))
                .singleElement()
                .satisfies(statement -> assertThat(statement.path("Resource").path("Ref").asText()).isEqualTo(alias));
    }

    @Test
    void processorStartsThisStateMachineAndMayStartNothingElse() {
        JsonNode root = Templates.load("root.yaml");
        JsonNode passed = root.path("Resources").path("FunctionsStack").path("Properties").path("Parameters")
                .path("WorkflowStateMachineArn").path("Fn::GetAtt");
        assertThat(passed.path(0).asText() + "." + passed.path(1).asText()).isEqualTo("WorkflowStack.Outputs.StateMachineArn");
        assertThat(template.path("Outputs").path("StateMachineArn").path("Value").path("Ref").asText())
                .isEqualTo(logicalId(machine));
        JsonNode functions = Templates.load("functions.yaml");
        JsonNode processor = functions.path("Resources").path("ProcessOrdersFunction").path("Properties");
        assertThat(processor.path("Environment").path("Variables").path("WORKFLOW_STATE_MACHINE_ARN").path("Ref").asText())
                .isEqualTo("WorkflowStateMachineArn");
        String role = processor.path("Role").path("Fn::GetAtt").path(0).asText();
        assertThat(IamPolicyTest.statementsOfRole(functions.path("Resources").path(role)))
                .filteredOn(statement -> Templates.values(statement.path("Action")).contains("states:StartExecution"))
                .singleElement()
                .satisfies(statement -> assertThat(statement.path("Resource").path("Ref").asText())
                        .isEqualTo("WorkflowStateMachineArn"));
    }

    private String logicalId(JsonNode resource) {
        return template.path("Resources").properties().stream()
                .filter(entry -> entry.getValue() == resource)
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
