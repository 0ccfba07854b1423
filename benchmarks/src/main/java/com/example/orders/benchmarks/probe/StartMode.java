package com.example.orders.benchmarks.probe;

/** How a function's execution environment starts. */
public enum StartMode {

    /** Lambda's default: the JVM starts, the handler is constructed, the first request is served. */
    ON_DEMAND("on demand"),
    /**
     * A published version with SnapStart: constructed and primed when the version is published,
     * restored from the snapshot on a cold start. The probe primes in the same JVM, then serves
     * the first request; the restore itself is not simulated.
     */
    SNAPSTART("SnapStart, primed");

    private final String label;

    StartMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
