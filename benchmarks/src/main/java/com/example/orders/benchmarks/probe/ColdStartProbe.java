package com.example.orders.benchmarks.probe;

import com.example.orders.lambda.SnapStartPrimed;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Runs in a fresh JVM with only a function's deployable jar (and this package) on the
 * classpath, and does what Lambda's runtime does on a cold start: construct the handler by its
 * no-argument constructor (configuration from the process environment), with SnapStart prime
 * it as publishing a version does, then invoke it; then once more, warm. Writes one line of
 * timings to the result file.
 *
 * <p>Arguments: handler class, {@link EventKind}, {@link StartMode}, memory in MB, payload file,
 * result file.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        Instant mainEntered = Instant.now();
        int status = 0;
        try {
            measure(mainEntered, args);
        } catch (Exception | LinkageError failure) {
            failure.printStackTrace();
            status = 1;
        }
        // Non-daemon threads of SDK clients must not keep the probe's JVM alive, nor hide a failure.
        System.exit(status);
    }

    private static void measure(Instant mainEntered, String[] args) throws Exception {
        String handlerClass = args[0];
        EventKind kind = EventKind.valueOf(args[1]);
        StartMode mode = StartMode.valueOf(args[2]);
        int memory = Integer.parseInt(args[3]);
        String payload = Files.readString(Path.of(args[4]));
        Path result = Path.of(args[5]);

        long constructing = System.nanoTime();
        Object handler = Class.forName(handlerClass).getDeclaredConstructor().newInstance();
        long constructed = System.nanoTime();
        if (mode == StartMode.SNAPSTART) {
            ((SnapStartPrimed) handler).prime();
        }
        long primed = System.nanoTime();
        String function = handlerClass.substring(handlerClass.lastIndexOf('.') + 1);
        Object first = HandlerInvocation.invoke(handler, kind.event(payload), ProbeContext.of(function, memory));
        long firstDone = System.nanoTime();
        long classesLoaded = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        Object second = HandlerInvocation.invoke(handler, kind.event(payload), ProbeContext.of(function, memory));
        long secondDone = System.nanoTime();

        write(result, new ProbeTimings(ChronoUnit.MICROS.between(Instant.EPOCH, mainEntered),
                constructed - constructing, primed - constructed, firstDone - primed, secondDone - firstDone,
                EventKind.outcome(first), EventKind.outcome(second), classesLoaded, peakRssKb()));
    }

    /** VmHWM from /proc/self/status: the most memory the JVM held at once; 0 where there is no /proc. */
    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0L);
        } catch (IOException | RuntimeException noProc) {
            return 0;
        }
    }

    private static void write(Path result, ProbeTimings timings) throws IOException {
        Files.writeString(result, timings.line());
    }
}
