package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The root stack wires the nested stacks together: each gets exactly the parameters its template
 * declares (all those without a default), and every output another stack reads exists.
 */
class RootTemplateTest {

    private final JsonNode root = Templates.load("root.yaml");

    static Stream<String> nestedStacks() {
        return Templates.load("root.yaml").path("Resources").properties().stream()
                .filter(resource -> resource.getValue().path("Type").asText().equals("AWS::CloudFormation::Stack"))
                .map(Map.Entry::getKey);
    }

    private JsonNode nestedTemplate(String stack) {
        return Templates.load(root.path("Resources").path(stack).path("Properties").path("TemplateURL").asText());
    }

    @Test
    void everyTemplateButTheRootIsNestedOnce() {
        Set<String> nested = new TreeSet<>();
        nestedStacks().forEach(stack ->
                nested.add(root.path("Resources").path(stack).path("Properties").path("TemplateURL").asText()));
        Set<String> expected = new TreeSet<>(Templates.NAMES);
        expected.remove("root.yaml");
        assertThat(nested).isEqualTo(expected);
        assertThat(nestedStacks().count()).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @MethodSource("nestedStacks")
    void nestedStackIsPassedOnlyParametersItsTemplateDeclares(String stack) {
        Set<String> declared = Templates.names(nestedTemplate(stack).path("Parameters"));
        assertThat(Templates.names(root.path("Resources").path(stack).path("Properties").path("Parameters")))
                .isSubsetOf(declared);
    }

    @ParameterizedTest
    @MethodSource("nestedStacks")
    void nestedStackIsPassedEveryParameterWithoutADefault(String stack) {
        Set<String> passed = Templates.names(root.path("Resources").path(stack).path("Properties").path("Parameters"));
        nestedTemplate(stack).path("Parameters").properties().stream()
                .filter(parameter -> !parameter.getValue().has("Default"))
                .forEach(parameter -> assertThat(passed).as(stack).contains(parameter.getKey()));
    }

    @ParameterizedTest
    @MethodSource("nestedStacks")
    void everyOutputReadFromAnotherStackExists(String stack) {
        Set<String> outputs = Templates.names(nestedTemplate(stack).path("Outputs"));
        root.findValues("Fn::GetAtt").stream()
                .filter(getAtt -> getAtt.path(0).asText().equals(stack))
                .map(getAtt -> getAtt.path(1).asText().replaceFirst("^Outputs\\.", ""))
                .forEach(output -> assertThat(outputs).as(stack + " outputs").contains(output));
    }

    @ParameterizedTest
    @MethodSource("nestedStacks")
    void rootParametersPassedOnKeepTheirRules(String stack) {
        JsonNode passed = root.path("Resources").path(stack).path("Properties").path("Parameters");
        JsonNode declared = nestedTemplate(stack).path("Parameters");
        passed.properties().stream()
                .filter(parameter -> parameter.getValue().has("Ref"))
                .forEach(parameter -> {
                    JsonNode rootRule = root.path("Parameters").path(parameter.getValue().path("Ref").asText());
                    JsonNode nestedRule = declared.path(parameter.getKey());
                    for (String rule : new String[] {"AllowedPattern", "AllowedValues", "MinValue", "MaxLength"}) {
                        if (nestedRule.has(rule)) {
                            assertThat(rootRule.path(rule)).as(stack + "." + parameter.getKey() + " " + rule)
                                    .isEqualTo(nestedRule.path(rule));
                        }
                    }
                });
    }
}
