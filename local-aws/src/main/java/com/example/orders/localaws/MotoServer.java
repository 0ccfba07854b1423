package com.example.orders.localaws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * moto_server (SNS and SES) as a child process on 127.0.0.1 and a free port. The child cannot
 * outlive this JVM: it runs moto behind a wrapper that exits as soon as its stdin, a pipe from this
 * JVM, reaches end of file, which the kernel guarantees however the JVM ends, even on SIGKILL.
 * {@link #close()} stops it earlier. It has no shutdown hook of its own: one would race the
 * platform's ordered shutdown and take SNS and SES away from notifications still in flight, and
 * the end of stdin already ends moto with the JVM.
 */
final class MotoServer implements AutoCloseable {

    /** The Python that has moto installed, with any arguments, separated by spaces. */
    static final String PYTHON_SETTING = "LOCAL_AWS_PYTHON";

    private static final String INSTALL_HINT =
            "moto_server 5.2.1 is required for SNS and SES: pip install -r requirements-dev.txt"
                    + " (or point " + PYTHON_SETTING + " at the Python that has it)";
    private static final int MOTO_MISSING = 3;
    private static final int ATTEMPTS = 3;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private static final String WRAPPER = """
            import os, sys, threading
            try:
                from moto.server import main
            except ImportError as missing:
                print(f"moto is not importable: {missing}", file=sys.stderr)
                sys.exit(%d)

            def exit_with_parent():
                sys.stdin.buffer.read()
                os._exit(0)

            threading.Thread(target=exit_with_parent, daemon=True).start()
            main(sys.argv[1:])
            """.formatted(MOTO_MISSING);

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** Starts moto with the Python from {@value #PYTHON_SETTING} (default {@code python3}). */
    static MotoServer start() {
        String configured = System.getenv(PYTHON_SETTING);
        String python = configured == null || configured.isBlank() ? "python3" : configured.strip();
        return start(List.of(python.split("\\s+")));
    }

    static MotoServer start(List<String> python) {
        for (int attempt = 1; ; attempt++) {
            Path log = createLog();
            int port = freePort();
            Process process = launch(python, port, log);
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            try {
                awaitReady(process, endpoint, log);
                return new MotoServer(process, endpoint, log);
            } catch (PortTaken portTaken) {
                // Another process took the free port between our probe and moto's bind.
                deleteQuietly(log);
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("moto_server found no free port in " + ATTEMPTS + " attempts");
                }
            } catch (RuntimeException failure) {
                process.destroyForcibly();
                deleteQuietly(log);
                throw failure;
            }
        }
    }

    URI endpoint() {
        return endpoint;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    /** Completes with the exit code when the process ends, for whatever reason. */
    CompletableFuture<Integer> exit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** The end of moto's output, for a message about its death. */
    String lastOutput() {
        String output = read(log).strip();
        return output.isEmpty() ? "(none)" : output.substring(Math.max(0, output.length() - 500));
    }

    @Override
    public void close() {
        stop();
        deleteQuietly(log);
    }

    private void stop() {
        try {
            process.getOutputStream().close();
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException ignored) {
            process.destroyForcibly();
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Process launch(List<String> python, int port, Path log) {
        var command = new ArrayList<>(python);
        command.addAll(List.of("-c", WRAPPER, "-H", "127.0.0.1", "-p", Integer.toString(port)));
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("MOTO_ACCOUNT_ID", LocalAws.ACCOUNT_ID);
            return builder.start();
        } catch (IOException failure) {
            throw new IllegalStateException("Cannot run " + String.join(" ", python) + ". " + INSTALL_HINT, failure);
        }
    }

    private static void awaitReady(Process process, URI endpoint, Path log) {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            HttpRequest probe = HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            while (Instant.now().isBefore(deadline)) {
                try {
                    http.send(probe, HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException notListeningYet) {
                    // Waiting on the process doubles as the pause between probes.
                    if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
                        throw exited(process.exitValue(), log);
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for moto_server", interrupted);
        }
        throw new IllegalStateException("moto_server did not answer on " + endpoint + " within " + STARTUP_TIMEOUT
                + "; its output:\n" + read(log));
    }

    private static RuntimeException exited(int exitValue, Path log) {
        String output = read(log);
        if (exitValue == MOTO_MISSING) {
            return new IllegalStateException(INSTALL_HINT + "\n" + output);
        }
        if (output.contains("Address already in use")) {
            return new PortTaken();
        }
        return new IllegalStateException("moto_server exited with " + exitValue + "; its output:\n" + output);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException("No free port on the loopback interface", failure);
        }
    }

    private static Path createLog() {
        return OwnedTemporaryFiles.file("moto-server", ".log");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException failure) {
            return "(unreadable: " + failure.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path log) {
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // A leftover temporary file is deleted on exit anyway.
        }
    }

    /** moto lost the race for the port it was given. */
    private static final class PortTaken extends RuntimeException {
        PortTaken() {
            super(null, null, false, false);
        }
    }
}
