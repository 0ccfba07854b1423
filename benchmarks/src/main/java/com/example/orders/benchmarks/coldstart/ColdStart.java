package com.example.orders.benchmarks.coldstart;

import com.example.orders.benchmarks.function.BenchmarkedFunction;
import com.example.orders.benchmarks.probe.ProbeTimings;
import com.example.orders.benchmarks.probe.StartMode;

/**
 * One cold start of a function, from the moment its JVM was launched.
 *
 * @param jvmStartNanos from launching the JVM to the probe's {@code main}: the runtime's own start
 * @param timings what the probe measured inside the JVM
 */
public record ColdStart(BenchmarkedFunction function, StartMode mode, long jvmStartNanos, ProbeTimings timings) {

    /** From launch to the first response: what a caller waits on an on-demand cold start. */
    public long toFirstResponseNanos() {
        return jvmStartNanos + timings.initNanos() + timings.firstInvokeNanos();
    }
}
