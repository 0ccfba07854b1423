package com.example.orders.benchmarks.coldstart;

import com.example.orders.benchmarks.function.BenchmarkStage;
import com.example.orders.benchmarks.function.BenchmarkedFunction;
import com.example.orders.benchmarks.function.DeployedFunction;
import com.example.orders.benchmarks.function.Workload;
import com.example.orders.benchmarks.probe.ColdStartProbe;
import com.example.orders.benchmarks.probe.ProbeTimings;
import com.example.orders.benchmarks.probe.StartMode;
import com.example.orders.benchmarks.report.MarkdownTable;
import com.example.orders.benchmarks.report.Percentiles;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Cold starts of each function as deployed: a new JVM per run, with the function's jar from
 * the assembled templates as its whole classpath (plus the probe), the template's
 * {@code JAVA_TOOL_OPTIONS} and environment, its memory as the JVM's RAM, and local AWS behind.
 * The probe constructs the handler as Lambda does and invokes it twice; for SnapStart it primes
 * the handler first, as publishing a version does, so the first invocation is the one a
 * restored snapshot serves.
 *
 * <p>What this does not see: Lambda's own sandbox start, the download of the code, X-Ray (no
 * daemon here), and the restore of a snapshot. The figures compare builds of this platform on
 * one machine; they do not predict Lambda's.
 */
public final class ColdStartBenchmark {

    private static final long PROBE_TIMEOUT_SECONDS = 120;

    private final BenchmarkStage stage;
    private final Workload workload;
    private final Path deployDirectory;
    private final Path probeClasses;
    private final Path workDirectory;

    /**
     * @param probeClasses where {@link ColdStartProbe} was compiled to (a directory or jar)
     * @param workDirectory where each run's payload, result and output are kept
     */
    public ColdStartBenchmark(BenchmarkStage stage, Workload workload, Path deployDirectory, Path probeClasses,
            Path workDirectory) {
        this.stage = stage;
        this.workload = workload;
        this.deployDirectory = deployDirectory;
        this.probeClasses = probeClasses;
        this.workDirectory = workDirectory;
    }

    /** {@code runs} cold starts of each function in each start mode, in turn. */
    public List<ColdStart> run(int runs, Consumer<String> progress) {
        var starts = new ArrayList<ColdStart>();
        for (BenchmarkedFunction function : BenchmarkedFunction.values()) {
            DeployedFunction deployed = function.deployedFrom(deployDirectory);
            for (StartMode mode : StartMode.values()) {
                for (int run = 1; run <= runs; run++) {
                    starts.add(coldStart(function, deployed, mode, run));
                    progress.accept("cold start %s, %s, %d/%d".formatted(deployed.name(), mode.label(), run, runs));
                }
            }
        }
        return List.copyOf(starts);
    }

    private ColdStart coldStart(BenchmarkedFunction function, DeployedFunction deployed, StartMode mode, int run) {
        try {
            Path directory = Files.createDirectories(
                    workDirectory.resolve(deployed.name()).resolve(mode.name().toLowerCase() + "-" + run));
            Path payload = Files.writeString(directory.resolve("payload.json"), workload.payloadFor(function.trigger()));
            Path result = directory.resolve("result.txt");
            var command = new ProcessBuilder(javaExecutable(),
                    "-XX:MaxRAM=" + deployed.memoryMb() + "m",
                    "-cp", deployed.jar() + File.pathSeparator + probeClasses,
                    ColdStartProbe.class.getName(),
                    deployed.handlerClass(), function.trigger().name(), mode.name(), Integer.toString(deployed.memoryMb()),
                    payload.toString(), result.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("output.log").toFile());
            command.environment().clear();
            command.environment().putAll(stage.environmentOf(deployed));
            command.environment().putAll(lambdaRuntimeVariables(deployed));
            Instant launched = Instant.now();
            Process probe = command.start();
            if (!probe.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                throw new IllegalStateException(deployed.name() + " did not finish a cold start in "
                        + PROBE_TIMEOUT_SECONDS + " s; see " + directory.resolve("output.log"));
            }
            if (probe.exitValue() != 0 || !Files.exists(result)) {
                throw new IllegalStateException(deployed.name() + "'s probe failed (exit " + probe.exitValue() + "); see "
                        + directory.resolve("output.log"));
            }
            ProbeTimings timings = ProbeTimings.parse(Files.readString(result));
            String expected = function.trigger().expectedOutcome();
            if (!timings.firstOutcome().equals(expected) || !timings.secondOutcome().equals(expected)) {
                throw new IllegalStateException("%s answered %s, then %s, where %s was expected; see %s".formatted(
                        deployed.name(), timings.firstOutcome(), timings.secondOutcome(), expected, directory.resolve("output.log")));
            }
            long jvmStart = (timings.mainEnteredMicros() - ChronoUnit.MICROS.between(Instant.EPOCH, launched)) * 1_000;
            return new ColdStart(function, mode, jvmStart, timings);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a cold start of " + deployed.name(), interrupted);
        }
    }

    /** What Lambda's runtime adds to every function's environment, as far as the code reads it. */
    private static Map<String, String> lambdaRuntimeVariables(DeployedFunction deployed) {
        return Map.of(
                "AWS_LAMBDA_FUNCTION_NAME", deployed.name(),
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(deployed.memoryMb()),
                "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST",
                // Metrics in EMF on standard output, as in Lambda, not to a CloudWatch agent.
                "AWS_EMF_ENVIRONMENT", "Local",
                "TZ", "UTC");
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The report's section: per function and start mode, each phase's distribution over the runs. */
    public static String report(List<ColdStart> starts) {
        var table = MarkdownTable.withPercentiles("function", "start", "phase");
        for (BenchmarkedFunction function : BenchmarkedFunction.values()) {
            for (StartMode mode : StartMode.values()) {
                List<ColdStart> runs = starts.stream().filter(start -> start.function() == function && start.mode() == mode).toList();
                if (runs.isEmpty()) {
                    continue;
                }
                if (mode == StartMode.ON_DEMAND) {
                    phase(table, runs, "JVM start", ColdStart::jvmStartNanos);
                    phase(table, runs, "init (constructor)", start -> start.timings().initNanos());
                } else {
                    phase(table, runs, "priming (before the snapshot)", start -> start.timings().primeNanos());
                }
                phase(table, runs, "first invocation", start -> start.timings().firstInvokeNanos());
                phase(table, runs, "second invocation", start -> start.timings().secondInvokeNanos());
                if (mode == StartMode.ON_DEMAND) {
                    phase(table, runs, "launch to first response", ColdStart::toFirstResponseNanos);
                }
            }
        }
        return table.render();
    }

    private static void phase(MarkdownTable table, List<ColdStart> runs, String phase, ToLongFunction<ColdStart> measure) {
        ColdStart first = runs.getFirst();
        table.row(List.of(first.function().name().toLowerCase(), first.mode().label(), phase),
                Percentiles.ofNanos(runs.stream().map(measure::applyAsLong).toList()));
    }
}
