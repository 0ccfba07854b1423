package com.example.orders.localruntime.gateway;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * What is left of a refused request's body, read and dropped after the response went out, for a
 * bounded time, before the connection closes. Closing a socket whose receive buffer still holds
 * bytes makes the kernel answer with a TCP reset, which can reach a client that is still sending
 * before the response does: it sees "connection reset" instead of the 413. Web servers linger the
 * same way (nginx's lingering_close). A client that declared a body and never sends it is let go
 * when the time is up.
 */
final class LingeringClose {

    /** Long enough for a client on this machine to finish sending anything up to the 10 MB a request may carry. */
    static final Duration LINGER = Duration.ofSeconds(2);

    private LingeringClose() {
    }

    /** Drops the rest of {@code request}'s body until it ends, fails or {@code linger} is over. */
    static void drain(Request request, Duration linger) {
        long deadline = System.nanoTime() + linger.toNanos();
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                var available = new CountDownLatch(1);
                request.demand(available::countDown);
                if (!awaitUntil(available, deadline)) {
                    return;
                }
                continue;
            }
            boolean over = chunk.isLast() || Content.Chunk.isFailure(chunk);
            chunk.release();
            if (over) {
                return;
            }
        }
    }

    private static boolean awaitUntil(CountDownLatch latch, long deadline) {
        try {
            return latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
