package com.example.orders.localaws.stepfunctions;

import com.example.orders.localaws.OwnedTemporaryFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An Amazon States Language definition run locally by aws-local-stepfunctions under node, its Task
 * states calling a {@link TaskFunction} in this JVM. Each execution gets its own node process and
 * task server, so executions run independently and concurrently.
 */
public final class LocalStateMachine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode definition;
    private final TaskFunction task;
    private final Optional<Duration> retryInterval;
    private final NodeRunner runner;

    public LocalStateMachine(String definition, TaskFunction task) {
        this(definition, DefinitionSubstitutions.none(), task);
    }

    public LocalStateMachine(String definition, DefinitionSubstitutions substitutions, TaskFunction task) {
        this(parse(substitutions.apply(definition), "definition"), task, Optional.empty(), NodeRunner.locate());
    }

    private LocalStateMachine(JsonNode definition, TaskFunction task, Optional<Duration> retryInterval, NodeRunner runner) {
        this.definition = definition;
        this.task = task;
        this.retryInterval = retryInterval;
        this.runner = runner;
    }

    /**
     * The same machine with every retry waiting {@code interval} instead of its
     * IntervalSeconds/BackoffRate delay, for tests that exercise retries without their real wait.
     */
    public LocalStateMachine withRetryInterval(Duration interval) {
        return new LocalStateMachine(definition, task, Optional.of(interval), runner);
    }

    /** Runs one execution to its end; a runner that cannot run the definition is an exception, not a FAILED execution. */
    public Execution run(String inputJson) {
        try {
            return start(inputJson).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Starts one execution; cancelling the future stops it. */
    public CompletableFuture<Execution> start(String inputJson) {
        JsonNode input = parse(inputJson, "input");
        Path stderr = createStderrFile();
        TaskServer server = TaskServer.start(task, JSON);
        byte[] job = job(input, server.endpoint());
        Process node;
        try {
            node = runner.launch(stderr);
        } catch (RuntimeException failure) {
            server.close();
            deleteQuietly(stderr);
            throw failure;
        }
        var outcome = new CompletableFuture<Execution>();
        outcome.whenComplete((execution, failure) -> {
            if (failure instanceof CancellationException) {
                node.destroy();
            }
        });
        Thread.ofVirtual().name("local-state-machine").start(() -> {
            try {
                outcome.complete(await(node, job, stderr));
            } catch (RuntimeException failure) {
                outcome.completeExceptionally(failure);
            } finally {
                server.close();
                deleteQuietly(stderr);
            }
        });
        return outcome;
    }

    private byte[] job(JsonNode input, URI taskEndpoint) {
        ObjectNode job = JSON.createObjectNode();
        job.set("definition", definition);
        job.set("input", input);
        job.put("taskEndpoint", taskEndpoint.toString());
        retryInterval.ifPresent(interval -> job.put("retryIntervalMillis", interval.toMillis()));
        return job.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Execution await(Process node, byte[] job, Path stderr) {
        OutputStream stdin = node.getOutputStream();
        try {
            // One line, and stdin stays open: the runner exits when it closes.
            stdin.write(job);
            stdin.write('\n');
            stdin.flush();
            String stdout = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = node.waitFor();
            String outcome = stdout.strip();
            if (exit != 0 || outcome.isEmpty()) {
                throw new IllegalStateException("The state machine runner exited with " + exit
                        + "; its output:\n" + stdout + read(stderr));
            }
            return execution(JSON.readTree(outcome.substring(outcome.lastIndexOf('\n') + 1)));
        } catch (IOException failure) {
            throw new IllegalStateException("Lost the state machine runner; its output:\n" + read(stderr), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the state machine runner", interrupted);
        } finally {
            closeQuietly(stdin);
            node.destroy();
        }
    }

    private static Execution execution(JsonNode outcome) {
        String status = outcome.path("status").asText();
        if (Execution.SUCCEEDED.equals(status)) {
            return new Execution(status, outcome.get("output").toString(), null, null);
        }
        return new Execution(status, null, outcome.path("error").asText(null), outcome.path("cause").asText(null));
    }

    private static JsonNode parse(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException invalid) {
            throw new IllegalArgumentException("The " + what + " is not JSON: " + invalid.getOriginalMessage(), invalid);
        }
    }

    private static Path createStderrFile() {
        return OwnedTemporaryFiles.file("state-machine-runner", ".log");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failure) {
            return "(unreadable: " + failure.getMessage() + ")";
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException alreadyGone) {
            // node has exited; its end of the pipe is closed already.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is deleted on exit anyway.
        }
    }
}
