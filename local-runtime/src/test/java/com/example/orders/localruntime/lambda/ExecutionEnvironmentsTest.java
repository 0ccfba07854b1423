package com.example.orders.localruntime.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutionEnvironmentsTest {

    /** A handler instance: what one environment's cold start makes. */
    private static final class Handler {
    }

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    private void runConcurrently(ExecutionEnvironments<Handler> environments, int invocations, Set<Handler> seen)
            throws InterruptedException {
        var allStarted = new CountDownLatch(Math.min(invocations, environments.concurrency()));
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < invocations; i++) {
                threads.submit(() -> environments.run(handler -> {
                    seen.add(handler);
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    allStarted.countDown();
                    try {
                        allStarted.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return null;
                }));
            }
        }
    }

    @Test
    void eventsArrivingTogetherRunInSeveralEnvironmentsAtOnce() throws InterruptedException {
        var environments = new ExecutionEnvironments<>(Handler::new, 3);

        runConcurrently(environments, 3, ConcurrentHashMap.newKeySet());

        assertThat(mostAtOnce).hasValue(3);
    }

    @Test
    void noMoreEnvironmentsRunAtOnceThanTheConcurrency() throws InterruptedException {
        var environments = new ExecutionEnvironments<>(Handler::new, 2);

        runConcurrently(environments, 8, ConcurrentHashMap.newKeySet());

        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void eachEnvironmentHasAHandlerOfItsOwn() throws InterruptedException {
        var environments = new ExecutionEnvironments<>(Handler::new, 3);
        Set<Handler> seen = ConcurrentHashMap.newKeySet();

        runConcurrently(environments, 3, seen);

        assertThat(seen).hasSize(3);
    }

    @Test
    void aFreeEnvironmentIsReusedRatherThanStartingAnother() {
        var environments = new ExecutionEnvironments<>(Handler::new, 4);
        List<Handler> used = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            environments.run(used::add);
        }

        assertThat(environments.started()).isEqualTo(1);
    }

    @Test
    void theFirstEnvironmentStartsBeforeTheFirstEvent() {
        var environments = new ExecutionEnvironments<>(Handler::new, 4);

        assertThat(environments.started()).isEqualTo(1);
    }
}
