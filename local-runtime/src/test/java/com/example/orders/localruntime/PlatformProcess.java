package com.example.orders.localruntime;

import com.example.orders.localaws.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local platform as bin/local-platform runs it: its main in a JVM of its own, on this test
 * class path, stopped with SIGTERM as Ctrl-C stops it, so its own shutdown hook does the stopping.
 * Its console goes to a file: a pipe's last lines can be lost when the process exits while they
 * are read.
 */
final class PlatformProcess implements AutoCloseable {

    private static final Pattern API_LINE = Pattern.compile("^\\s*API\\s+(http://\\S+)");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Path console;
    private final URI uri;

    private PlatformProcess(Process process, Path console) {
        this.process = process;
        this.console = console;
        this.uri = Eventually.get("the platform's banner", READY_TIMEOUT, this::bannerUri,
                found -> found.isPresent() || !process.isAlive())
                .orElseThrow(() -> new AssertionError("the platform stopped before it was ready:\n" + String.join("\n", output())));
    }

    /** Starts the platform with {@code arguments} and {@code environment}, and waits for its banner. */
    static PlatformProcess start(List<String> arguments, Map<String, String> environment) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                LocalPlatform.class.getName()));
        command.addAll(arguments);
        try {
            Path console = Files.createTempFile("platform-console", ".txt");
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            try {
                return new PlatformProcess(process, console);
            } catch (RuntimeException | AssertionError notReady) {
                process.destroyForcibly();
                Files.deleteIfExists(console);
                throw notReady;
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The API's address, from the banner. */
    URI uri() {
        return uri;
    }

    /** What it printed on its console so far, line by line. */
    List<String> output() {
        try {
            return Files.readAllLines(console);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Stops the platform as Ctrl-C does; answers its exit code, once it has exited. */
    int stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the platform did not stop within 60 s of SIGTERM");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(console);
        } catch (IOException ignored) {
            // A temporary file; the system's cleanup takes it.
        }
    }

    private Optional<URI> bannerUri() {
        for (String line : output()) {
            Matcher api = API_LINE.matcher(line);
            if (api.find()) {
                return Optional.of(URI.create(api.group(1)));
            }
        }
        return Optional.empty();
    }
}
