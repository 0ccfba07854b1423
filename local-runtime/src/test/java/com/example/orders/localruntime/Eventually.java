package com.example.orders.localruntime;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Repeats a read until its result is acceptable or a deadline passes; no fixed waits. */
final class Eventually {

    private Eventually() {
    }

    static <T> T get(String what, Duration timeout, Supplier<T> read, Predicate<? super T> acceptable) {
        Instant deadline = Instant.now().plus(timeout);
        T last = read.get();
        while (!acceptable.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not " + what + " within " + timeout + "; last seen: " + last);
            }
            Thread.onSpinWait();
            last = read.get();
        }
        return last;
    }
}
