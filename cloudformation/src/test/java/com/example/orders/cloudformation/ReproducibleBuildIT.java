package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same source builds the same artifacts: a second build of the functions, from a fresh copy
 * of the repository, gives byte-identical jars and so identical assembled templates, CodeSha256
 * of every Lambda version included. A deploy without a code change then publishes no new version
 * (and takes no new SnapStart snapshot).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReproducibleBuildIT {

    private static final List<String> FUNCTIONS = List.of("order-create-fn", "order-query-fn", "order-process-fn",
            "order-notify-fn", "order-reconcile-fn", "order-workflow");

    private Path copy;
    private Path secondDeploy;

    @BeforeAll
    void buildTheFunctionsAgainFromAFreshCopy() throws Exception {
        Path repo = Templates.repoRoot();
        copy = Files.createTempDirectory("orders-reproducible-");
        for (String file : run(repo, "git", "ls-files", "--cached", "--others", "--exclude-standard")) {
            if (!Files.isRegularFile(repo.resolve(file))) {
                continue;
            }
            Path target = copy.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(repo.resolve(file), target);
        }
        Files.createSymbolicLink(copy.resolve("node_modules"), repo.resolve("node_modules"));
        copy.resolve("mvnw").toFile().setExecutable(true);
        run(copy, "./mvnw", "-q", "-B", "-o", "package", "-DskipTests", "-Dorders.skipSpecLint=true",
                "-pl", String.join(",", FUNCTIONS), "-am");
        secondDeploy = copy.resolve("deploy");
        Path artifacts = Files.createDirectories(secondDeploy.resolve("artifacts"));
        for (String function : FUNCTIONS) {
            try (Stream<Path> jars = Files.list(copy.resolve(function).resolve("target"))) {
                Path jar = jars.filter(path -> path.getFileName().toString().endsWith("-lambda.jar")).findFirst().orElseThrow();
                Files.copy(jar, artifacts.resolve(function + ".jar"));
            }
        }
        new TemplateAssembly(copy, secondDeploy, true).writeAll();
    }

    @AfterAll
    void removeTheCopy() throws IOException {
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void everyFunctionsJarIsByteIdentical() throws IOException {
        for (String function : FUNCTIONS) {
            assertThat(Files.readAllBytes(secondDeploy.resolve("artifacts").resolve(function + ".jar")))
                    .as(function)
                    .isEqualTo(Files.readAllBytes(deployDirectory().resolve("artifacts").resolve(function + ".jar")));
        }
    }

    @Test
    void everyAssembledTemplateIsIdenticalCodeSha256Included() throws IOException {
        for (String template : TemplateAssembly.TEMPLATES) {
            assertThat(Files.readString(secondDeploy.resolve(template)))
                    .as(template)
                    .isEqualTo(Files.readString(deployDirectory().resolve(template)));
        }
    }

    private static Path deployDirectory() {
        return Path.of(System.getProperty("orders.deployDirectory"));
    }

    private static List<String> run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new UncheckedIOException(new IOException(String.join(" ", command) + " failed:\n" + String.join("\n", lines)));
        }
        return lines;
    }
}
