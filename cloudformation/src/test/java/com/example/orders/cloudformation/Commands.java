package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Commands run from the repository root, as the README shows them. */
final class Commands {

    private Commands() {}

    /** Runs {@code command} with {@code environment} added; fails on a non-zero exit; answers its standard output. */
    static String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("command", ".log");
        Path errors = Files.createTempFile("command", ".err");
        try {
            var process = new ProcessBuilder(command)
                    .directory(Templates.repoRoot().toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            process.environment().putAll(environment);
            Process started = process.start();
            boolean finished = started.waitFor(5, TimeUnit.MINUTES);
            String log = Files.readString(output);
            assertThat(finished && started.exitValue() == 0)
                    .as(String.join(" ", command) + " failed:\n" + log + Files.readString(errors)).isTrue();
            return log;
        } finally {
            Files.delete(output);
            Files.delete(errors);
        }
    }
}
