package com.example.orders.benchmarks.report;

import java.util.Collection;

/**
 * The distribution of a set of measurements, in milliseconds. Percentiles are nearest-rank:
 * each is a value that was measured, never an interpolation between two.
 */
public record Percentiles(int count, double p50, double p90, double p99, double max) {

    public static Percentiles ofNanos(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("No measurements");
        }
        double[] millis = nanos.stream().mapToDouble(value -> value / 1_000_000.0).sorted().toArray();
        return new Percentiles(millis.length, rank(millis, 50), rank(millis, 90), rank(millis, 99), millis[millis.length - 1]);
    }

    /** The smallest value with at least {@code percent} of the values at or below it. */
    private static double rank(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The columns of {@link #cells()}. */
    public static String[] headers() {
        return new String[] {"n", "p50 ms", "p90 ms", "p99 ms", "max ms"};
    }

    public String[] cells() {
        return new String[] {Integer.toString(count), millis(p50), millis(p90), millis(p99), millis(max)};
    }

    private static String millis(double value) {
        return value >= 100 ? "%.0f".formatted(value) : "%.1f".formatted(value);
    }
}
