package com.example.orders.localruntime.lambda;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A function's execution environments, as Lambda keeps them: each runs one event at a time with
 * its own handler instance, made (a cold start) only when every existing one is busy, up to
 * {@code concurrency} at once; beyond that an invocation waits for one to be free. Idle
 * environments are reused most recently used first, so a steady trickle stays on warm ones. The
 * first environment starts at once, so a platform that says it is ready has each function warm.
 */
final class ExecutionEnvironments<H> {

    private final Supplier<H> coldStart;
    private final Semaphore capacity;
    private final int concurrency;
    private final ConcurrentLinkedDeque<H> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger started = new AtomicInteger();

    ExecutionEnvironments(Supplier<H> coldStart, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        this.coldStart = coldStart;
        this.concurrency = concurrency;
        this.capacity = new Semaphore(concurrency, true);
        idle.add(coldStart.get());
        started.incrementAndGet();
    }

    /** Runs {@code invocation} in a free environment, starting one if none is free and the limit allows. */
    <T> T run(Function<H, T> invocation) {
        capacity.acquireUninterruptibly();
        try {
            H handler = idle.pollFirst();
            if (handler == null) {
                handler = coldStart.get();
                started.incrementAndGet();
            }
            try {
                return invocation.apply(handler);
            } finally {
                idle.addFirst(handler);
            }
        } finally {
            capacity.release();
        }
    }

    int concurrency() {
        return concurrency;
    }

    /** How many environments were started so far: the cold starts. */
    int started() {
        return started.get();
    }
}
