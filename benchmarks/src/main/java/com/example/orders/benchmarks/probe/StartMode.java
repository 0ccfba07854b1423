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
    SNAPSTART("SnapStart, primed"),
    /**
     * On demand, with an application class-data archive (AppCDS) of the function's own classes,
     * dumped by one training start of the same jar: the JVM maps the classes instead of loading
     * and verifying them. An opt-in for on-demand functions; see docs/decisions/0013.
     */
    APPCDS("on demand, AppCDS");

    private final String label;

    StartMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
