package com.example.orders.localaws.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Just enough of the Step Functions API (AWS JSON 1.0 on 127.0.0.1) for code that starts and
 * watches executions with the AWS SDK: StartExecution, DescribeExecution and ListExecutions, run by
 * {@link LocalStateMachine} for the state machines registered here. Point an {@code SfnClient}'s
 * {@code endpointOverride} at {@link #endpoint()}.
 */
public final class LocalStepFunctionsService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET_PREFIX = "AWSStepFunctions.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Map<String, LocalStateMachine> stateMachines = new ConcurrentHashMap<>();
    private final Map<String, StartedExecution> executions = new ConcurrentHashMap<>();
    private final Object starting = new Object();

    private LocalStepFunctionsService() {
        this.handlers = Executors.newVirtualThreadPerTaskExecutor();
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot open the Step Functions endpoint on the loopback interface", failure);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    public static LocalStepFunctionsService start() {
        return new LocalStepFunctionsService();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void register(String stateMachineArn, String definition, TaskFunction task) {
        register(stateMachineArn, new LocalStateMachine(definition, task));
    }

    /** For definitions that need substitutions or other settings of {@link LocalStateMachine}. */
    public void register(String stateMachineArn, LocalStateMachine stateMachine) {
        stateMachines.put(stateMachineArn, stateMachine);
    }

    /** Stops the endpoint and every execution still running. */
    @Override
    public void close() {
        server.stop(0);
        executions.values().forEach(execution -> execution.run().cancel(false));
        handlers.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            JsonNode response;
            try {
                response = switch (target == null ? "" : target.replace(TARGET_PREFIX, "")) {
                    case "StartExecution" -> startExecution(request);
                    case "DescribeExecution" -> describeExecution(request);
                    case "ListExecutions" -> listExecutions(request);
                    default -> throw new ServiceError("UnknownOperationException", "Not served locally: " + target);
                };
            } catch (ServiceError error) {
                respond(exchange, 400, JSON.createObjectNode().put("__type", error.type()).put("message", error.getMessage()));
                return;
            }
            respond(exchange, 200, response);
        }
    }

    private JsonNode startExecution(JsonNode request) {
        String stateMachineArn = request.path("stateMachineArn").asText();
        LocalStateMachine stateMachine = stateMachines.get(stateMachineArn);
        if (stateMachine == null) {
            throw new ServiceError("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + stateMachineArn + "'");
        }
        String name = request.hasNonNull("name") ? request.get("name").asText() : UUID.randomUUID().toString();
        String input = request.hasNonNull("input") ? request.get("input").asText() : "{}";
        String executionArn = stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + name;
        StartedExecution execution;
        synchronized (starting) {
            StartedExecution existing = executions.get(executionArn);
            if (existing != null) {
                // As in AWS: repeating the start of a running execution with the same input is
                // idempotent; any other reuse of the name is refused.
                if (!existing.stopped().isDone() && existing.inputJson().equals(input)) {
                    return started(existing);
                }
                throw new ServiceError("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
            }
            var run = stateMachine.start(input);
            var stopped = run
                    .exceptionally(failure -> new Execution(Execution.FAILED, null, "States.Runtime", failure.getMessage()))
                    .thenApply(ended -> new StoppedExecution(ended, Instant.now()));
            execution = new StartedExecution(executionArn, stateMachineArn, name, input, Instant.now(), run, stopped);
            executions.put(executionArn, execution);
        }
        return started(execution);
    }

    private JsonNode describeExecution(JsonNode request) {
        String executionArn = request.path("executionArn").asText();
        StartedExecution execution = executions.get(executionArn);
        if (execution == null) {
            throw new ServiceError("ExecutionDoesNotExist", "Execution Does Not Exist: '" + executionArn + "'");
        }
        ObjectNode description = summary(execution).put("input", execution.inputJson());
        if (execution.stopped().isDone()) {
            Execution ended = execution.stopped().join().execution();
            if (ended.succeeded()) {
                description.put("output", ended.outputJson());
            } else {
                description.put("error", ended.error()).put("cause", ended.cause());
            }
        }
        return description;
    }

    private JsonNode listExecutions(JsonNode request) {
        String stateMachineArn = request.path("stateMachineArn").asText();
        String statusFilter = request.path("statusFilter").asText(null);
        ArrayNode listed = JSON.createArrayNode();
        executions.values().stream()
                .filter(execution -> execution.stateMachineArn().equals(stateMachineArn))
                .filter(execution -> statusFilter == null || statusFilter.equals(execution.status()))
                .sorted(Comparator.comparing(StartedExecution::startDate).reversed())
                .forEach(execution -> listed.add(summary(execution)));
        ObjectNode response = JSON.createObjectNode();
        response.set("executions", listed);
        return response;
    }

    private static ObjectNode started(StartedExecution execution) {
        return JSON.createObjectNode()
                .put("executionArn", execution.executionArn())
                .put("startDate", epochSeconds(execution.startDate()));
    }

    private static ObjectNode summary(StartedExecution execution) {
        ObjectNode summary = JSON.createObjectNode()
                .put("executionArn", execution.executionArn())
                .put("stateMachineArn", execution.stateMachineArn())
                .put("name", execution.name())
                .put("status", execution.status())
                .put("startDate", epochSeconds(execution.startDate()));
        if (execution.stopped().isDone()) {
            summary.put("stopDate", epochSeconds(execution.stopped().join().stopDate()));
        }
        return summary;
    }

    /** The JSON protocol sends timestamps as fractional seconds since the epoch. */
    private static double epochSeconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
