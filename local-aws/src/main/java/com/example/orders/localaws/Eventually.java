package com.example.orders.localaws;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Repeats a read until its result is acceptable or a deadline passes: tests wait for a
 * condition, never for a fixed time. Reads are spaced a few milliseconds apart so that polling
 * does not starve the emulators and background loops it waits on (these machines have two cores).
 */
public final class Eventually {

    private static final long POLL_INTERVAL_NANOS = Duration.ofMillis(20).toNanos();

    private Eventually() {
    }

    public static <T> T get(String what, Duration timeout, Supplier<T> read, Predicate<? super T> acceptable) {
        Instant deadline = Instant.now().plus(timeout);
        T last = read.get();
        while (!acceptable.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not " + what + " within " + timeout + "; last seen: " + last);
            }
            LockSupport.parkNanos(POLL_INTERVAL_NANOS);
            last = read.get();
        }
        return last;
    }
}
