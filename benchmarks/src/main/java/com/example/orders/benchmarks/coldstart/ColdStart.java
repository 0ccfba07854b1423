package com.example.orders.benchmarks.coldstart;

import com.example.orders.benchmarks.probe.ProbeTimings;
import com.example.orders.benchmarks.probe.StartMode;

/**
 * One cold start of a function (or of the floor), from the moment its JVM was launched.
 *
 * @param subject the function's short name ({@code create}, …) or {@code floor}
 * @param round which interleaved round it ran in; the floor runs once in each
 * @param jvmStartNanos from launching the JVM to the probe's {@code main}: the runtime's own start
 * @param timings what the probe measured inside the JVM
 * @param jarBytes the size of the jar it ran from
 */
public record ColdStart(String subject, StartMode mode, int round, long jvmStartNanos, ProbeTimings timings, long jarBytes) {

    /** From launch to the first response: what a caller waits on an on-demand cold start. */
    public long toFirstResponseNanos() {
        return jvmStartNanos + timings.initNanos() + timings.firstInvokeNanos();
    }
}
