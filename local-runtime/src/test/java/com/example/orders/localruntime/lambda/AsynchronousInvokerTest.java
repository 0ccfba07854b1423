package com.example.orders.localruntime.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsynchronousInvokerTest {

    private static final Duration LONG_RETRY_DELAY = Duration.ofMinutes(5);

    /** A function that fails until told to succeed, and records what it was invoked with. */
    private static final class Recipient implements RequestHandler<String, Void> {
        final List<String> succeeded = new CopyOnWriteArrayList<>();
        final CountDownLatch failedOnce = new CountDownLatch(1);
        volatile boolean failing;

        Recipient failing() {
            failing = true;
            return this;
        }

        @Override
        public Void handleRequest(String event, Context context) {
            if (failing) {
                failedOnce.countDown();
                throw new IllegalStateException("SES is unavailable");
            }
            succeeded.add(event);
            return null;
        }
    }

    private static AsynchronousInvoker<String> invoker(Recipient recipient, InvocationJournal journal) {
        return new AsynchronousInvoker<>(new LocalEventFunction<String, Void>("notifier", Duration.ofSeconds(5), recipient),
                JsonNode::asText, AsyncInvocationPolicy.LAMBDA_DEFAULTS, Optional.empty(), LONG_RETRY_DELAY, journal);
    }

    private static JsonNode event(String text) {
        return JsonNodeFactory.instance.textNode(text);
    }

    @Test
    void anEventWaitingForARetryAtStopIsInvokedAtTheNextStart(@TempDir Path directory) throws InterruptedException {
        var beforeStop = new Recipient().failing();
        try (var invoker = invoker(beforeStop, InvocationJournal.inDirectory(directory))) {
            invoker.accept(event("order-1 COMPLETED"));
            assertThat(beforeStop.failedOnce.await(5, TimeUnit.SECONDS)).isTrue();
        }

        var afterStart = new Recipient();
        try (var invoker = invoker(afterStart, InvocationJournal.inDirectory(directory))) {
            assertThat(invoker.resume()).isEqualTo(1);
        }

        assertThat(afterStart.succeeded).containsExactly("order-1 COMPLETED");
    }

    @Test
    void aFinishedEventIsNotInvokedAgain(@TempDir Path directory) {
        var recipient = new Recipient();
        try (var invoker = invoker(recipient, InvocationJournal.inDirectory(directory))) {
            invoker.accept(event("order-1 COMPLETED"));
        }

        try (var invoker = invoker(new Recipient(), InvocationJournal.inDirectory(directory))) {
            assertThat(invoker.resume()).isZero();
        }
    }

    @Test
    void anEventKeptOnlyInMemoryIsGoneAfterAStop() throws InterruptedException {
        var beforeStop = new Recipient().failing();
        var journal = InvocationJournal.inMemory();
        try (var invoker = invoker(beforeStop, journal)) {
            invoker.accept(event("order-1 COMPLETED"));
            assertThat(beforeStop.failedOnce.await(5, TimeUnit.SECONDS)).isTrue();
        }

        try (var invoker = invoker(new Recipient(), journal)) {
            assertThat(invoker.resume()).isZero();
        }
    }
}
