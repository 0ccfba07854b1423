package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each stage's parameter file (what bin/deploy passes to {@code aws cloudformation deploy}) is one
 * the root stack accepts: a mistake fails here, not an hour into a deployment.
 */
class ParameterFilesTest {

    private static final JsonNode ROOT_PARAMETERS = Templates.load("root.yaml").path("Parameters");

    static List<Path> parameterFiles() {
        try (Stream<Path> files = Files.list(Templates.repoRoot().resolve("cloudformation/parameters"))) {
            return files.filter(file -> file.toString().endsWith(".params")).sorted().toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The Key=Value lines, as bin/deploy reads them: blank lines and # comments skipped. */
    private static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] keyValue = line.split("=", 2);
                assertThat(keyValue).as("'%s' in %s is not Key=Value", line, file.getFileName()).hasSize(2);
                assertThat(values.put(keyValue[0], keyValue[1])).as(keyValue[0] + " is set twice").isNull();
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return values;
    }

    @ParameterizedTest
    @MethodSource("parameterFiles")
    void setsOnlyParametersOfTheRootStack(Path file) {
        assertThat(read(file).keySet()).isSubsetOf(Templates.names(ROOT_PARAMETERS));
    }

    @ParameterizedTest
    @MethodSource("parameterFiles")
    void setsEveryParameterWithoutADefault(Path file) {
        Map<String, String> values = read(file);
        ROOT_PARAMETERS.properties().stream()
                .filter(parameter -> !parameter.getValue().has("Default"))
                .forEach(parameter -> assertThat(values).as(file.getFileName().toString()).containsKey(parameter.getKey()));
    }

    @ParameterizedTest
    @MethodSource("parameterFiles")
    void namesTheStageAfterTheFile(Path file) {
        assertThat(read(file).get("StageName")).isEqualTo(file.getFileName().toString().replace(".params", ""));
    }

    @ParameterizedTest
    @MethodSource("parameterFiles")
    void everyValueKeepsItsParametersRules(Path file) {
        read(file).forEach((name, value) -> {
            JsonNode rules = ROOT_PARAMETERS.path(name);
            String what = file.getFileName() + ": " + name + "=" + value;
            if (rules.has("AllowedPattern")) {
                assertThat(value).as(what).matches(rules.get("AllowedPattern").asText());
            }
            if (rules.has("AllowedValues")) {
                assertThat(Templates.values(rules.get("AllowedValues"))).as(what).contains(value);
            }
            if (rules.has("MaxLength")) {
                assertThat(value.length()).as(what).isLessThanOrEqualTo(rules.get("MaxLength").asInt());
            }
            if (rules.has("MinValue")) {
                assertThat(new BigDecimal(value)).as(what).isGreaterThanOrEqualTo(rules.get("MinValue").decimalValue());
            }
        });
    }
}
