package com.example.orders.localruntime.events;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A task repeated on a virtual thread until closed, standing in for the AWS machinery that
 * polls a source (a pipe, an event source mapping). After a round without work, or one that
 * failed, it pauses before the next; a failure is logged and never ends the loop, as AWS keeps
 * polling through errors. Closing wakes it from its pause and waits for the current round.
 */
public final class BackgroundLoop implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BackgroundLoop.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    private BackgroundLoop(String name, Duration pause, BooleanSupplier round) {
        this.name = name;
        this.thread = Thread.ofVirtual().name(name).unstarted(() -> run(pause, round));
    }

    /** Runs {@code round} again and again; it answers whether it found work, so an idle loop pauses for {@code pause}. */
    public static BackgroundLoop start(String name, Duration pause, BooleanSupplier round) {
        var loop = new BackgroundLoop(name, pause, round);
        loop.thread.start();
        return loop;
    }

    private void run(Duration pause, BooleanSupplier round) {
        while (stopped.getCount() > 0) {
            boolean worked;
            try {
                worked = round.getAsBoolean();
            } catch (RuntimeException failure) {
                if (stopped.getCount() == 0) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, name + " failed, retrying in " + pause.toMillis() + " ms: " + failure, failure);
                worked = false;
            }
            if (!worked && awaitStop(pause)) {
                return;
            }
        }
    }

    private boolean awaitStop(Duration pause) {
        try {
            return stopped.await(pause.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        try {
            if (!thread.join(STOP_TIMEOUT)) {
                LOG.log(System.Logger.Level.WARNING, name + " did not stop within " + STOP_TIMEOUT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
