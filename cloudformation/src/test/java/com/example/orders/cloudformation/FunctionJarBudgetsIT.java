package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every deployable jar stays within its budget in jar-budgets.properties: cold starts grow with what a jar carries. */
class FunctionJarBudgetsIT {

    private static final Path ARTIFACTS = Templates.repoRoot().resolve("cloudformation/target/deploy/artifacts");
    private static final Path BUDGETS = Templates.repoRoot().resolve("cloudformation/jar-budgets.properties");

    private static Properties budgets() throws IOException {
        var budgets = new Properties();
        try (Reader reader = Files.newBufferedReader(BUDGETS)) {
            budgets.load(reader);
        }
        return budgets;
    }

    private static Set<String> functions() throws IOException {
        try (Stream<Path> jars = Files.list(ARTIFACTS)) {
            return jars.map(jar -> jar.getFileName().toString().replaceFirst("\\.jar$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyDeployedFunctionHasABudget() throws IOException {
        assertThat(budgets().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(functions());
    }

    @Test
    void noFunctionsJarWeighsMoreThanItsBudget() throws IOException {
        Properties budgets = budgets();
        for (String function : functions()) {
            long size = Files.size(ARTIFACTS.resolve(function + ".jar"));
            long budget = Long.parseLong(budgets.getProperty(function, "0").strip());
            assertThat(size).as("%s.jar: %d bytes, budget %d (cloudformation/jar-budgets.properties)", function, size, budget)
                    .isLessThanOrEqualTo(budget);
        }
    }
}
