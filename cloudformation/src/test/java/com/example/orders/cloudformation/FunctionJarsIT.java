package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every deployable jar stays within its budget in jar-budgets.properties (cold starts grow with what
 * a jar carries), and still carries what its code needs from the libraries it is trimmed of.
 */
class FunctionJarsIT {

    private static final Path ARTIFACTS = Templates.repoRoot().resolve("cloudformation/target/deploy/artifacts");
    private static final Path BUDGETS = Templates.repoRoot().resolve("cloudformation/jar-budgets.properties");

    /** Where the code that goes into the functions' jars is. */
    private static final List<String> FUNCTION_SOURCES = List.of("lambda-support", "order-core", "order-create-fn",
            "order-query-fn", "order-process-fn", "order-notify-fn", "order-reconcile-fn", "order-workflow");
    private static final Pattern EVENT_IMPORT =
            Pattern.compile("^import (com\\.amazonaws\\.services\\.lambda\\.runtime\\.events\\.\\w+)", Pattern.MULTILINE);

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

    /** The shade filter keeps only the Lambda event classes listed in the parent pom. */
    @Test
    void everyLambdaEventTheCodeUsesIsInEveryJar() throws IOException {
        Set<String> used = eventClassesImported();
        assertThat(used).isNotEmpty();
        for (String function : functions()) {
            try (var jar = new JarFile(ARTIFACTS.resolve(function + ".jar").toFile())) {
                for (String event : used) {
                    assertThat(jar.getEntry(event.replace('.', '/') + ".class")).as("%s in %s.jar", event, function).isNotNull();
                }
            }
        }
    }

    private static Set<String> eventClassesImported() throws IOException {
        var used = new TreeSet<String>();
        for (String module : FUNCTION_SOURCES) {
            try (Stream<Path> sources = Files.walk(Templates.repoRoot().resolve(module).resolve("src/main/java"))) {
                for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher imported = EVENT_IMPORT.matcher(Files.readString(source));
                    while (imported.find()) {
                        used.add(imported.group(1));
                    }
                }
            }
        }
        return used;
    }
}
