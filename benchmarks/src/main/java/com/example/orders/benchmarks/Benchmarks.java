package com.example.orders.benchmarks;

import com.example.orders.benchmarks.BenchmarkOptions.Suite;
import com.example.orders.benchmarks.coldstart.ColdStartBenchmark;
import com.example.orders.benchmarks.function.BenchmarkStage;
import com.example.orders.benchmarks.function.Workload;
import com.example.orders.benchmarks.probe.ColdStartProbe;
import com.example.orders.benchmarks.throughput.ThroughputBenchmark;
import com.example.orders.benchmarks.warm.WarmLatencyBenchmark;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.LocalAws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Runs the chosen benchmarks and writes one Markdown report. Nothing here passes or fails on a
 * figure: the report is for comparing builds, kept beside the change that moved it.
 */
public final class Benchmarks {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Benchmarks() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.err.print(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(List.of(args));
        } catch (IllegalArgumentException invalid) {
            System.err.println(invalid.getMessage());
            System.err.print(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        Path report;
        try {
            report = run(options, line -> System.err.println("[benchmark] " + line));
        } catch (RuntimeException failure) {
            failure.printStackTrace();
            // Threads the emulators leave behind would keep a failed run's JVM alive.
            System.exit(1);
            return;
        }
        // Standard output carries the functions' logs; the report goes where the progress went.
        try {
            System.err.println();
            System.err.print(Files.readString(report));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        System.err.println("[benchmark] report written to " + report);
        // Emulators and SDK clients leave non-daemon threads behind.
        System.exit(0);
    }

    /** Runs {@code options}' suites and returns the report's path. */
    public static Path run(BenchmarkOptions options, Consumer<String> progress) {
        Instant started = Instant.now();
        var report = new StringBuilder("# Benchmark report\n\n").append(environment(started, options)).append('\n');
        if (options.suites().contains(Suite.COLD_START) || options.suites().contains(Suite.WARM)) {
            try (LocalAws aws = EmbeddedLocalAws.start()) {
                var stage = BenchmarkStage.on(aws);
                var workload = new Workload(stage, options.deployDirectory());
                if (options.suites().contains(Suite.COLD_START)) {
                    var coldStarts = new ColdStartBenchmark(stage, workload, options.deployDirectory(), options.floorJar(),
                            probeJar(options.output().resolve("cold-start-" + FILE_TIME.format(started))),
                            options.output().resolve("cold-start-" + FILE_TIME.format(started)))
                            .run(options.runs(), progress);
                    report.append("## Cold start\n\n")
                            .append("%d rounds, each a new JVM per start: the floor (one PutItem, its client built in the constructor), "
                                    .formatted(options.runs()))
                            .append("then every function in each start mode, with its deployable jar, its template's JAVA_TOOL_OPTIONS ")
                            .append("and its memory as the JVM's RAM. SnapStart: primed as publishing a version primes it, the ")
                            .append("restore not simulated. AppCDS: an archive dumped by one training start of the same jar. ")
                            .append("No X-Ray.\n\n")
                            .append("### Against the floor\n\n")
                            .append("Ratio to the floor of the same round (the floor on demand, without an archive): on demand ")
                            .append("and with AppCDS, launch to first response; SnapStart, the ")
                            .append("primed first invocation against the floor's first invocation. Classes loaded at the first ")
                            .append("response (the probe's own measuring included, on both sides), peak RSS at the end.\n\n")
                            .append(ColdStartBenchmark.floorReport(coldStarts)).append('\n')
                            .append("### Phases\n\n")
                            .append(ColdStartBenchmark.report(coldStarts)).append('\n');
                }
                if (options.suites().contains(Suite.WARM)) {
                    var warm = new WarmLatencyBenchmark(stage, workload, options.deployDirectory(), options.floorJar())
                            .run(options.warmUp(), options.invocations(), progress);
                    report.append("## Warm invocations\n\n")
                            .append(("%d invocations per function after %d to warm up, one at a time, in the benchmark's JVM beside the emulators;"
                                    + " the floor (one PutItem) first, from its own jar in a class loader of its own, with create's environment.\n\n")
                                    .formatted(options.invocations(), options.warmUp()))
                            .append(WarmLatencyBenchmark.report(warm)).append('\n');
                }
            }
        }
        if (options.suites().contains(Suite.THROUGHPUT)) {
            var throughput = ThroughputBenchmark.run(options.orders(), options.clients(), options.functionConcurrency(),
                    options.deadline(), progress);
            report.append("## Throughput, end to end\n\n")
                    .append("The contract's example order through the local gateway, stream, queue, processor and topic to its final status.\n\n")
                    .append(ThroughputBenchmark.report(throughput)).append('\n');
        }
        return write(options.output().resolve("report-" + FILE_TIME.format(started) + ".md"), report.toString());
    }

    private static String environment(Instant started, BenchmarkOptions options) {
        Runtime runtime = Runtime.getRuntime();
        return """
                - when: %s
                - machine: %d cores, %d MB for the benchmark's JVM, %s %s
                - Java: %s (%s)
                - artifacts: %s
                """.formatted(started, runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), options.deployDirectory().toAbsolutePath().normalize());
    }

    /** Where the probe's class was loaded from: the directory or jar the probe JVMs add to the function's jar. */
    private static Path probeClasses() {
        try {
            return Path.of(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The probe's package as a jar in {@code directory}, when it was compiled to a directory: a
     * class-data archive (the AppCDS start mode) accepts only jars on the class path.
     */
    private static Path probeJar(Path directory) {
        Path classes = probeClasses();
        if (!Files.isDirectory(classes)) {
            return classes;
        }
        String packagePath = ColdStartProbe.class.getPackageName().replace('.', '/');
        try {
            Files.createDirectories(directory);
            Path jar = directory.resolve("probe.jar");
            try (var out = new JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> files = Files.walk(classes.resolve(packagePath))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot package the probe", failure);
        }
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
