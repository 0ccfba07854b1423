package com.example.orders.benchmarks.warm;

import com.example.orders.benchmarks.function.BenchmarkStage;
import com.example.orders.benchmarks.function.BenchmarkedFunction;
import com.example.orders.benchmarks.function.DeployedFunction;
import com.example.orders.benchmarks.function.FloorFunction;
import com.example.orders.benchmarks.function.Workload;
import com.example.orders.benchmarks.probe.EventKind;
import com.example.orders.benchmarks.probe.HandlerInvocation;
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
    private final Path floorJar;

    /** What a run measured: the floor's durations, and each function's. */
    public record Results(List<Long> floor, Map<BenchmarkedFunction, List<Long>> functions) {}

    public WarmLatencyBenchmark(BenchmarkStage stage, Workload workload, Path deployDirectory, Path floorJar) {
        this.stage = stage;
        this.workload = workload;
        this.deployDirectory = deployDirectory;
        this.floorJar = floorJar;
    }

    /**
     * The floor, then each function: the durations of {@code invocations} measured invocations
     * after {@code warmUp} unmeasured ones. The floor gets create's environment.
     */
    public Results run(int warmUp, int invocations, Consumer<String> progress) {
        var floor = new ArrayList<Long>();
        DeployedFunction create = BenchmarkedFunction.CREATE.deployedFrom(deployDirectory);
        try (var handler = WarmFloor.load(floorJar, FloorFunction.like(create, stage, floorJar).environment())) {
            for (int i = 0; i < warmUp; i++) {
                handler.invoke();
            }
            for (int i = 0; i < invocations; i++) {
                floor.add(handler.invoke());
            }
        }
        progress.accept("warm %s: %d invocations".formatted(FloorFunction.NAME, invocations));
        var results = new LinkedHashMap<BenchmarkedFunction, List<Long>>();
        for (BenchmarkedFunction function : BenchmarkedFunction.values()) {
            DeployedFunction deployed = function.deployedFrom(deployDirectory);
            Object handler = construct(deployed);
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
        return new Results(List.copyOf(floor), results);
    }

    /** One invocation's duration; the payload (and any order it needs) is made before the clock starts. */
    private long invoke(Object handler, BenchmarkedFunction function, DeployedFunction deployed) {
        EventKind trigger = function.trigger();
        Object event = trigger.event(workload.payloadFor(trigger));
        var context = StandaloneContext.of(deployed.name(), deployed.memoryMb());
        long started = System.nanoTime();
        Object response = HandlerInvocation.invoke(handler, event, context);
        long duration = System.nanoTime() - started;
        String outcome = EventKind.outcome(response);
        if (!outcome.equals(trigger.expectedOutcome())) {
            throw new IllegalStateException("%s answered %s where %s was expected".formatted(
                    deployed.name(), outcome, trigger.expectedOutcome()));
        }
        return duration;
    }

    private Object construct(DeployedFunction deployed) {
        try {
            return Class.forName(deployed.handlerClass())
                    .getDeclaredConstructor(Map.class).newInstance(stage.environmentOf(deployed));
        } catch (ReflectiveOperationException failure) {
            throw new IllegalStateException("Cannot construct " + deployed.handlerClass() + " from an environment", failure);
        }
    }

    /** Percentiles per function, the floor first, then each function's p50 and p99 against the floor's. */
    public static String report(Results results) {
        var table = MarkdownTable.withPercentiles("function");
        Percentiles floor = Percentiles.ofNanos(results.floor());
        table.row(List.of(FloorFunction.NAME), floor);
        var ratios = new MarkdownTable("function", "p50 ratio to floor", "p99 ratio to floor");
        results.functions().forEach((function, durations) -> {
            Percentiles measured = Percentiles.ofNanos(durations);
            table.row(List.of(function.name().toLowerCase()), measured);
            ratios.row(function.name().toLowerCase(), "%.2f".formatted(measured.p50() / floor.p50()),
                    "%.2f".formatted(measured.p99() / floor.p99()));
        });
        return table.render() + "\n" + ratios.render();
    }
}
