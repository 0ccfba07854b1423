package com.example.orders.benchmarks.warm;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.benchmarks.function.BenchmarkStage;
import com.example.orders.benchmarks.function.BenchmarkedFunction;
import com.example.orders.benchmarks.function.DeployedFunction;
import com.example.orders.benchmarks.function.Workload;
import com.example.orders.benchmarks.probe.EventKind;
import com.example.orders.benchmarks.report.MarkdownTable;
import com.example.orders.benchmarks.report.Percentiles;
import com.example.orders.lambda.StandaloneContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Warm invocations of each handler: built once from the environment its template gives it,
 * warmed up, then invoked one request at a time, as one Lambda execution environment serves
 * them. The handlers share this JVM (and its JIT) with the emulators, so the figures include
 * local AWS's own time; they compare builds, they do not predict AWS's latency.
 */
public final class WarmLatencyBenchmark {

    private final BenchmarkStage stage;
    private final Workload workload;
    private final Path deployDirectory;

    public WarmLatencyBenchmark(BenchmarkStage stage, Workload workload, Path deployDirectory) {
        this.stage = stage;
        this.workload = workload;
        this.deployDirectory = deployDirectory;
    }

    /** Per function, the durations of {@code invocations} measured invocations after {@code warmUp} unmeasured ones. */
    public Map<BenchmarkedFunction, List<Long>> run(int warmUp, int invocations, Consumer<String> progress) {
        var results = new LinkedHashMap<BenchmarkedFunction, List<Long>>();
        for (BenchmarkedFunction function : BenchmarkedFunction.values()) {
            DeployedFunction deployed = function.deployedFrom(deployDirectory);
            RequestHandler<Object, Object> handler = construct(deployed);
            for (int i = 0; i < warmUp; i++) {
                invoke(handler, function, deployed);
            }
            var durations = new ArrayList<Long>();
            for (int i = 0; i < invocations; i++) {
                durations.add(invoke(handler, function, deployed));
            }
            results.put(function, List.copyOf(durations));
            progress.accept("warm %s: %d invocations".formatted(deployed.name(), invocations));
        }
        return results;
    }

    /** One invocation's duration; the payload (and any order it needs) is made before the clock starts. */
    private long invoke(RequestHandler<Object, Object> handler, BenchmarkedFunction function, DeployedFunction deployed) {
        EventKind trigger = function.trigger();
        Object event = trigger.event(workload.payloadFor(trigger));
        var context = StandaloneContext.of(deployed.name(), deployed.memoryMb());
        long started = System.nanoTime();
        Object response = handler.handleRequest(event, context);
        long duration = System.nanoTime() - started;
        String outcome = EventKind.outcome(response);
        if (!outcome.equals(trigger.expectedOutcome())) {
            throw new IllegalStateException("%s answered %s where %s was expected".formatted(
                    deployed.name(), outcome, trigger.expectedOutcome()));
        }
        return duration;
    }

    @SuppressWarnings("unchecked")
    private RequestHandler<Object, Object> construct(DeployedFunction deployed) {
        try {
            return (RequestHandler<Object, Object>) Class.forName(deployed.handlerClass())
                    .getDeclaredConstructor(Map.class).newInstance(stage.environmentOf(deployed));
        } catch (ReflectiveOperationException failure) {
            throw new IllegalStateException("Cannot construct " + deployed.handlerClass() + " from an environment", failure);
        }
    }

    public static String report(Map<BenchmarkedFunction, List<Long>> results) {
        var table = MarkdownTable.withPercentiles("function");
        results.forEach((function, durations) -> table.row(List.of(function.name().toLowerCase()), Percentiles.ofNanos(durations)));
        return table.render();
    }
}
