package com.example.orders.lambda;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Captures what a piece of code writes to standard output, where Lambda functions write their
 * logs and EMF metrics; the output still reaches the console.
 */
public final class StandardOutput {

    private StandardOutput() {
    }

    /** Runs {@code action} and returns everything it printed. */
    public static String capturedFrom(Supplier<?> action) {
        return capturedUntil(action, output -> true, Duration.ZERO);
    }

    /**
     * Runs {@code action}, then keeps capturing until what was printed satisfies {@code complete}
     * or {@code deadline} passes: for output that asynchronous work (another thread, another
     * function) writes after the action returned.
     */
    public static String capturedUntil(Supplier<?> action, Predicate<String> complete, Duration deadline) {
        PrintStream original = System.out;
        var captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        try {
            action.get();
            long giveUpAt = System.nanoTime() + deadline.toNanos();
            while (!complete.test(text(captured)) && System.nanoTime() < giveUpAt) {
                Thread.sleep(50);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return text(captured);
    }

    private static String text(ByteArrayOutputStream captured) {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        private Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
