package com.example.orders.benchmarks.coldstart;

import com.example.orders.benchmarks.function.BenchmarkStage;
import com.example.orders.benchmarks.function.BenchmarkedFunction;
import com.example.orders.benchmarks.function.DeployedFunction;
import com.example.orders.benchmarks.function.FloorFunction;
import com.example.orders.benchmarks.function.Workload;
import com.example.orders.benchmarks.probe.ColdStartProbe;
import com.example.orders.benchmarks.probe.EventKind;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Cold starts of each function as deployed, each against a floor in the same run: a new JVM per
 * start, with the function's jar from the assembled templates as its whole classpath (plus the
 * probe), the template's {@code JAVA_TOOL_OPTIONS} and environment, its memory as the JVM's RAM,
 * and local AWS behind. The probe constructs the handler as Lambda does and invokes it twice; for
 * SnapStart it primes the handler first, as publishing a version does, so the first invocation is
 * the one a restored snapshot serves.
 *
 * <p>The starts run in rounds: in each, the floor (benchmark-floor: one PutItem, its client built
 * in the constructor) starts once, then every function in every start mode. A function's ratio
 * to the floor is taken per round, so whatever else the machine does at that moment weighs on
 * both sides.
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
    private final Path floorJar;
    private final Path probeClasses;
    private final Path workDirectory;

    /** What one JVM is started with. */
    private record Launch(String subject, Path jar, String handlerClass, int memoryMb, Map<String, String> environment,
            EventKind trigger) {}

    /** Each function's AppCDS archive, dumped by a training start before the first measured one. */
    private final Map<String, Path> archives = new HashMap<>();

    /**
     * @param floorJar benchmark-floor's deployable jar
     * @param probeClasses where {@link ColdStartProbe} was compiled to (a directory or jar)
     * @param workDirectory where each run's payload, result and output are kept
     */
    public ColdStartBenchmark(BenchmarkStage stage, Workload workload, Path deployDirectory, Path floorJar, Path probeClasses,
            Path workDirectory) {
        this.stage = stage;
        this.workload = workload;
        this.deployDirectory = deployDirectory;
        this.floorJar = floorJar;
        this.probeClasses = probeClasses;
        this.workDirectory = workDirectory;
    }

    /** {@code runs} rounds: in each, the floor once, then each function in each start mode. */
    public List<ColdStart> run(int runs, Consumer<String> progress) {
        DeployedFunction create = BenchmarkedFunction.CREATE.deployedFrom(deployDirectory);
        var floor = FloorFunction.like(create, stage, floorJar);
        Launch floorLaunch = new Launch(FloorFunction.NAME, floor.jar(), floor.handlerClass(), floor.memoryMb(),
                floor.environment(), EventKind.CREATE_REQUEST);
        var starts = new ArrayList<ColdStart>();
        for (int round = 1; round <= runs; round++) {
            starts.add(coldStart(floorLaunch, StartMode.ON_DEMAND, round));
            progress.accept("cold start floor, round %d/%d".formatted(round, runs));
            for (BenchmarkedFunction function : BenchmarkedFunction.values()) {
                DeployedFunction deployed = function.deployedFrom(deployDirectory);
                var launch = new Launch(function.name().toLowerCase(Locale.ROOT), deployed.jar(), deployed.handlerClass(),
                        deployed.memoryMb(), stage.environmentOf(deployed), function.trigger());
                for (StartMode mode : StartMode.values()) {
                    starts.add(coldStart(launch, mode, round));
                    progress.accept("cold start %s, %s, round %d/%d".formatted(deployed.name(), mode.label(), round, runs));
                }
            }
        }
        return List.copyOf(starts);
    }

    private ColdStart coldStart(Launch launch, StartMode mode, int round) {
        try {
            Path directory = Files.createDirectories(
                    workDirectory.resolve(launch.subject()).resolve(mode.name().toLowerCase(Locale.ROOT) + "-" + round));
            Path payload = Files.writeString(directory.resolve("payload.json"), workload.payloadFor(launch.trigger()));
            Path result = directory.resolve("result.txt");
            var jvm = new ArrayList<>(List.of(javaExecutable(), "-XX:MaxRAM=" + launch.memoryMb() + "m"));
            if (mode == StartMode.APPCDS) {
                jvm.add("-XX:SharedArchiveFile=" + archive(launch, payload));
            }
            jvm.addAll(List.of("-cp", launch.jar() + File.pathSeparator + probeClasses,
                    ColdStartProbe.class.getName(),
                    launch.handlerClass(), launch.trigger().name(), mode.name(), Integer.toString(launch.memoryMb()),
                    payload.toString(), result.toString()));
            var command = new ProcessBuilder(jvm)
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("output.log").toFile());
            command.environment().clear();
            command.environment().putAll(launch.environment());
            command.environment().putAll(lambdaRuntimeVariables(launch));
            Instant launched = Instant.now();
            Process probe = command.start();
            if (!probe.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                throw new IllegalStateException(launch.subject() + " did not finish a cold start in "
                        + PROBE_TIMEOUT_SECONDS + " s; see " + directory.resolve("output.log"));
            }
            if (probe.exitValue() != 0 || !Files.exists(result)) {
                throw new IllegalStateException(launch.subject() + "'s probe failed (exit " + probe.exitValue() + "); see "
                        + directory.resolve("output.log"));
            }
            ProbeTimings timings = ProbeTimings.parse(Files.readString(result));
            String expected = launch.trigger().expectedOutcome();
            if (!timings.firstOutcome().equals(expected) || !timings.secondOutcome().equals(expected)) {
                throw new IllegalStateException("%s answered %s, then %s, where %s was expected; see %s".formatted(
                        launch.subject(), timings.firstOutcome(), timings.secondOutcome(), expected, directory.resolve("output.log")));
            }
            long jvmStart = (timings.mainEnteredMicros() - ChronoUnit.MICROS.between(Instant.EPOCH, launched)) * 1_000;
            return new ColdStart(launch.subject(), mode, round, jvmStart, timings, Files.size(launch.jar()));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a cold start of " + launch.subject(), interrupted);
        }
    }

    /**
     * The function's AppCDS archive: dumped at the exit of one unmeasured start that serves two
     * requests, as a build step would dump it, so it holds every class a first request needs.
     */
    private Path archive(Launch launch, Path payload) throws IOException, InterruptedException {
        Path existing = archives.get(launch.subject());
        if (existing != null) {
            return existing;
        }
        Path directory = Files.createDirectories(workDirectory.resolve(launch.subject()).resolve("appcds-training"));
        Path archive = directory.resolve(launch.subject() + ".jsa");
        var training = new ProcessBuilder(javaExecutable(), "-XX:MaxRAM=" + launch.memoryMb() + "m",
                "-XX:ArchiveClassesAtExit=" + archive,
                "-cp", launch.jar() + File.pathSeparator + probeClasses,
                ColdStartProbe.class.getName(),
                launch.handlerClass(), launch.trigger().name(), StartMode.ON_DEMAND.name(), Integer.toString(launch.memoryMb()),
                payload.toString(), directory.resolve("result.txt").toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("output.log").toFile());
        training.environment().clear();
        training.environment().putAll(launch.environment());
        training.environment().putAll(lambdaRuntimeVariables(launch));
        Process process = training.start();
        if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(archive)) {
            process.destroyForcibly();
            throw new IllegalStateException(launch.subject() + "'s AppCDS training run failed; see " + directory.resolve("output.log"));
        }
        archives.put(launch.subject(), archive);
        return archive;
    }

    /** What Lambda's runtime adds to every function's environment, as far as the code reads it. */
    private static Map<String, String> lambdaRuntimeVariables(Launch launch) {
        return Map.of(
                "AWS_LAMBDA_FUNCTION_NAME", launch.subject(),
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(launch.memoryMb()),
                "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST",
                // Metrics in EMF on standard output, as in Lambda, not to a CloudWatch agent.
                "AWS_EMF_ENVIRONMENT", "Local",
                "TZ", "UTC");
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The report's section: per subject and start mode, each phase's distribution over the rounds. */
    public static String report(List<ColdStart> starts) {
        var table = MarkdownTable.withPercentiles("function", "start", "phase");
        for (String subject : subjects(starts)) {
            for (StartMode mode : StartMode.values()) {
                List<ColdStart> runs = of(starts, subject, mode);
                if (runs.isEmpty()) {
                    continue;
                }
                if (mode != StartMode.SNAPSTART) {
                    phase(table, runs, "JVM start", ColdStart::jvmStartNanos);
                    phase(table, runs, "init (constructor)", start -> start.timings().initNanos());
                } else {
                    phase(table, runs, "priming (before the snapshot)", start -> start.timings().primeNanos());
                }
                phase(table, runs, "first invocation", start -> start.timings().firstInvokeNanos());
                phase(table, runs, "second invocation", start -> start.timings().secondInvokeNanos());
                if (mode != StartMode.SNAPSTART) {
                    phase(table, runs, "launch to first response", ColdStart::toFirstResponseNanos);
                }
            }
        }
        return table.render();
    }

    /**
     * The report's comparison with the floor: per function and start mode, the ratio to the floor
     * of the same round (on demand: launch to first response; SnapStart: the primed first
     * invocation against the floor's first invocation), as the median and the spread over the
     * rounds; and the medians of classes loaded at the first response, peak RSS and the jar's size.
     */
    public static String floorReport(List<ColdStart> starts) {
        var table = new MarkdownTable("function", "start", "rounds", "ratio to floor, median", "ratio, min – max",
                "classes loaded", "peak RSS MiB", "jar MiB");
        Map<Integer, ColdStart> floorByRound = new HashMap<>();
        of(starts, FloorFunction.NAME, StartMode.ON_DEMAND).forEach(floor -> floorByRound.put(floor.round(), floor));
        for (String subject : subjects(starts)) {
            for (StartMode mode : StartMode.values()) {
                List<ColdStart> runs = of(starts, subject, mode);
                if (runs.isEmpty()) {
                    continue;
                }
                List<Double> ratios = new ArrayList<>();
                for (ColdStart run : runs) {
                    Optional.ofNullable(floorByRound.get(run.round())).ifPresent(floor -> ratios.add(ratio(run, floor)));
                }
                ratios.sort(Double::compare);
                table.row(subject, mode.label(), Integer.toString(runs.size()),
                        ratios.isEmpty() ? "-" : "%.2f".formatted(median(ratios)),
                        ratios.isEmpty() ? "-" : "%.2f – %.2f".formatted(ratios.getFirst(), ratios.getLast()),
                        "%.0f".formatted(median(runs, start -> start.timings().classesLoaded())),
                        "%.0f".formatted(median(runs, start -> start.timings().peakRssKb()) / 1024),
                        "%.1f".formatted(runs.getFirst().jarBytes() / (1024.0 * 1024.0)));
            }
        }
        return table.render();
    }

    private static double ratio(ColdStart run, ColdStart floor) {
        return run.mode() != StartMode.SNAPSTART
                ? (double) run.toFirstResponseNanos() / floor.toFirstResponseNanos()
                : (double) run.timings().firstInvokeNanos() / floor.timings().firstInvokeNanos();
    }

    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double median(List<ColdStart> runs, ToLongFunction<ColdStart> measure) {
        return median(runs.stream().map(run -> (double) measure.applyAsLong(run)).sorted().toList());
    }

    /** The floor first, then the functions in their benchmark order. */
    private static List<String> subjects(List<ColdStart> starts) {
        var subjects = new ArrayList<String>();
        starts.stream().map(ColdStart::subject).filter(FloorFunction.NAME::equals).findFirst().ifPresent(subjects::add);
        for (BenchmarkedFunction function : BenchmarkedFunction.values()) {
            subjects.add(function.name().toLowerCase(Locale.ROOT));
        }
        return subjects;
    }

    private static List<ColdStart> of(List<ColdStart> starts, String subject, StartMode mode) {
        return starts.stream().filter(start -> start.subject().equals(subject) && start.mode() == mode).toList();
    }

    private static void phase(MarkdownTable table, List<ColdStart> runs, String phase, ToLongFunction<ColdStart> measure) {
        ColdStart first = runs.getFirst();
        table.row(List.of(first.subject(), first.mode().label(), phase),
                Percentiles.ofNanos(runs.stream().map(measure::applyAsLong).toList()));
    }
}
