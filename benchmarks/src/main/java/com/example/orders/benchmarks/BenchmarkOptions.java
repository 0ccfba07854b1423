package com.example.orders.benchmarks;

import com.example.orders.localruntime.OrderFunctions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code bin/benchmark} runs, and how much of it.
 *
 * @param suites the benchmarks to run
 * @param runs rounds of cold starts (the floor, then each function in each start mode)
 * @param warmUp unmeasured invocations per function before the warm measurements
 * @param invocations measured warm invocations per function
 * @param orders orders the throughput run submits
 * @param clients concurrent clients submitting them
 * @param functionConcurrency execution environments per function of the throughput run's local platform
 * @param deadline how long the throughput run waits for every order's final status
 * @param deployDirectory the assembled templates and artifacts (cloudformation/target/deploy)
 * @param floorJar benchmark-floor's deployable jar, the floor of the cold starts
 * @param output where reports and each cold start's files are written
 */
public record BenchmarkOptions(Set<Suite> suites, int runs, int warmUp, int invocations, int orders, int clients,
        int functionConcurrency,
        Duration deadline, Path deployDirectory, Path floorJar, Path output) {

    public enum Suite { COLD_START, WARM, THROUGHPUT }

    public static final String USAGE = """
            Usage: bin/benchmark [cold-start|warm|throughput ...] [OPTIONS]

            Measures the functions as the templates deploy them, on local AWS; with no suite named, runs all three.
              cold-start    a new JVM per run, the function's jar and JAVA_TOOL_OPTIONS: JVM start, init, first and second invocation
              warm          one handler instance, requests one at a time: latency percentiles per function
              throughput    orders through the local platform's gateway to their final status: rates and end-to-end latency

            Options:
              --runs N          rounds of cold starts: the floor, then every function once per start mode (default 10)
              --warm-up N       unmeasured warm invocations per function (default 50)
              --invocations N   measured warm invocations per function (default 200)
              --orders N        orders in the throughput run (default 200)
              --clients N       concurrent clients in the throughput run (default 8)
              --function-concurrency N
                                execution environments per function in the throughput run (default 4, the local platform's)
              --deadline S      seconds to wait for every order's final status (default 300)
              --deploy-dir DIR  assembled templates and artifacts (default cloudformation/target/deploy)
              --floor-jar FILE  the floor's jar, started beside every function (default benchmarks/target/floor/benchmark-floor.jar)
              --out DIR         where the report goes (default benchmarks/target/results)
            """;

    public static BenchmarkOptions parse(List<String> args) {
        Set<Suite> suites = EnumSet.noneOf(Suite.class);
        int runs = 10;
        int warmUp = 50;
        int invocations = 200;
        int orders = 200;
        int clients = 8;
        int functionConcurrency = OrderFunctions.DEFAULT_CONCURRENCY;
        int deadline = 300;
        Path deployDirectory = Path.of("cloudformation", "target", "deploy");
        Path floorJar = Path.of("benchmarks", "target", "floor", "benchmark-floor.jar");
        Path output = Path.of("benchmarks", "target", "results");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "cold-start" -> suites.add(Suite.COLD_START);
                case "warm" -> suites.add(Suite.WARM);
                case "throughput" -> suites.add(Suite.THROUGHPUT);
                case "--runs" -> runs = positive(arg, value(args, ++i, arg));
                case "--warm-up" -> warmUp = nonNegative(arg, value(args, ++i, arg));
                case "--invocations" -> invocations = positive(arg, value(args, ++i, arg));
                case "--orders" -> orders = positive(arg, value(args, ++i, arg));
                case "--clients" -> clients = positive(arg, value(args, ++i, arg));
                case "--function-concurrency" -> functionConcurrency = positive(arg, value(args, ++i, arg));
                case "--deadline" -> deadline = positive(arg, value(args, ++i, arg));
                case "--deploy-dir" -> deployDirectory = Path.of(value(args, ++i, arg));
                case "--floor-jar" -> floorJar = Path.of(value(args, ++i, arg));
                case "--out" -> output = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown argument " + arg);
            }
        }
        return new BenchmarkOptions(suites.isEmpty() ? EnumSet.allOf(Suite.class) : suites, runs, warmUp, invocations,
                orders, clients, functionConcurrency, Duration.ofSeconds(deadline), deployDirectory, floorJar, output);
    }

    private static String value(List<String> args, int index, String flag) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(index);
    }

    private static int positive(String flag, String value) {
        int number = nonNegative(flag, value);
        if (number == 0) {
            throw new IllegalArgumentException(flag + " must be at least 1");
        }
        return number;
    }

    private static int nonNegative(String flag, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new IllegalArgumentException(flag + " must not be negative");
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(flag + " takes a whole number, not " + value);
        }
    }
}
