package com.example.orders.benchmarks.probe;

import java.util.HashMap;

/**
 * What one cold start measured, written by the probe and read back by the harness as one line
 * of {@code name=value} pairs (the probe has no JSON library of its own to rely on).
 *
 * @param mainEnteredMicros when the probe's {@code main} began, in microseconds since the epoch
 * @param initNanos constructing the handler: what Lambda reports as Init Duration, less the JVM's start
 * @param primeNanos priming the handler for SnapStart's snapshot; 0 on demand
 * @param firstInvokeNanos the first invocation, with every class it needs still to load
 * @param secondInvokeNanos the next invocation, in the same JVM
 * @param firstOutcome what the first invocation answered, see {@link EventKind#outcome}
 * @param secondOutcome what the second invocation answered
 * @param classesLoaded classes the JVM had loaded by the first response (the probe's own measuring included)
 * @param peakRssKb the JVM's peak resident memory (VmHWM), at the end of the run
 */
public record ProbeTimings(long mainEnteredMicros, long initNanos, long primeNanos, long firstInvokeNanos,
        long secondInvokeNanos, String firstOutcome, String secondOutcome, long classesLoaded, long peakRssKb) {

    public String line() {
        return ("mainEnteredMicros=%d initNanos=%d primeNanos=%d firstInvokeNanos=%d secondInvokeNanos=%d"
                + " firstOutcome=%s secondOutcome=%s classesLoaded=%d peakRssKb=%d")
                .formatted(mainEnteredMicros, initNanos, primeNanos, firstInvokeNanos, secondInvokeNanos,
                        firstOutcome.replace(' ', '_'), secondOutcome.replace(' ', '_'), classesLoaded, peakRssKb);
    }

    public static ProbeTimings parse(String line) {
        var values = new HashMap<String, String>();
        for (String pair : line.strip().split(" ")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Not a probe result: " + line);
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        try {
            return new ProbeTimings(Long.parseLong(values.get("mainEnteredMicros")), Long.parseLong(values.get("initNanos")),
                    Long.parseLong(values.get("primeNanos")), Long.parseLong(values.get("firstInvokeNanos")),
                    Long.parseLong(values.get("secondInvokeNanos")),
                    values.get("firstOutcome").replace('_', ' '), values.get("secondOutcome").replace('_', ' '),
                    Long.parseLong(values.get("classesLoaded")), Long.parseLong(values.get("peakRssKb")));
        } catch (RuntimeException incomplete) {
            throw new IllegalArgumentException("Not a probe result: " + line, incomplete);
        }
    }
}
