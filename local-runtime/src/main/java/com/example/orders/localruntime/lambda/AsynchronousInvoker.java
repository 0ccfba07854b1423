package com.example.orders.localruntime.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Lambda's handling of asynchronous invocations (what SNS and {@code InvocationType=Event} use),
 * for one local function: the event is accepted at once, then invoked; when the function fails,
 * Lambda tries again after a delay (about a minute, then two; here {@code retryDelay} and twice
 * it), as often as its {@link AsyncInvocationPolicy} allows. An event given up on goes to the
 * on-failure destination queue as Lambda's destination record, with the event as
 * {@code requestPayload}, so it can be invoked again from there (bin/redrive-failed-invocations).
 *
 * <p>Accepted events are kept in an {@link InvocationJournal} until they are finished. With a
 * durable journal, events still waiting when the platform stops are invoked again by
 * {@link #resume()} at its next start, as Lambda's own queue survives; with one in memory they are
 * dropped, and the stop says how many.
 */
public final class AsynchronousInvoker<I> implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AsynchronousInvoker.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final LocalEventFunction<I, ?> function;
    private final Function<JsonNode, I> decoder;
    private final AsyncInvocationPolicy policy;
    private final Optional<OnFailureQueue> onFailure;
    private final Duration retryDelay;
    private final Clock clock;
    private final InvocationJournal journal;
    private final ExecutorService invocations = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger dropped = new AtomicInteger();
    private final CountDownLatch stopping = new CountDownLatch(1);

    /** Where given-up events go: an SQS queue, written with the function's own rights. */
    public record OnFailureQueue(SqsClient sqs, String queueUrl) {}

    public AsynchronousInvoker(LocalEventFunction<I, ?> function, Function<JsonNode, I> decoder, AsyncInvocationPolicy policy,
            Optional<OnFailureQueue> onFailure, Duration retryDelay) {
        this(function, decoder, policy, onFailure, retryDelay, InvocationJournal.inMemory());
    }

    public AsynchronousInvoker(LocalEventFunction<I, ?> function, Function<JsonNode, I> decoder, AsyncInvocationPolicy policy,
            Optional<OnFailureQueue> onFailure, Duration retryDelay, InvocationJournal journal) {
        this(function, decoder, policy, onFailure, retryDelay, journal, Clock.systemUTC());
    }

    AsynchronousInvoker(LocalEventFunction<I, ?> function, Function<JsonNode, I> decoder, AsyncInvocationPolicy policy,
            Optional<OnFailureQueue> onFailure, Duration retryDelay, InvocationJournal journal, Clock clock) {
        if (policy.hasOnFailureDestination() && onFailure.isEmpty()) {
            throw new IllegalArgumentException(function.name() + "'s policy names an on-failure destination; give its queue");
        }
        this.function = function;
        this.decoder = decoder;
        this.policy = policy;
        this.onFailure = onFailure;
        this.retryDelay = retryDelay;
        this.clock = clock;
        this.journal = journal;
    }

    public String functionName() {
        return function.name();
    }

    /** Accepts {@code payload} (the event as Lambda's JSON) for invocation; answers its request id, as Lambda's 202 does. */
    public String accept(JsonNode payload) {
        if (stopping.getCount() == 0) {
            throw new IllegalStateException(function.name() + " no longer accepts invocations");
        }
        var event = new InvocationJournal.Accepted(UUID.randomUUID().toString(), clock.instant(), payload);
        journal.accept(event);
        invocations.submit(() -> run(event));
        return event.requestId();
    }

    /**
     * Invokes again the events the journal kept from before the last stop, their age counted from
     * when they were first accepted; answers how many. Their attempts count anew.
     */
    public int resume() {
        List<InvocationJournal.Accepted> unfinished = journal.unfinished();
        unfinished.forEach(event -> invocations.submit(() -> run(event)));
        return unfinished.size();
    }

    private void run(InvocationJournal.Accepted event) {
        String requestId = event.requestId();
        JsonNode payload = event.payload();
        for (int attempt = 1; ; attempt++) {
            RuntimeException failure;
            try {
                function.invoke(decoder.apply(payload));
                journal.finished(requestId);
                return;
            } catch (RuntimeException functionError) {
                failure = functionError;
            }
            Optional<String> givenUp = policy.givesUp(attempt, Duration.between(event.accepted(), clock.instant()));
            if (givenUp.isPresent()) {
                if (giveUp(requestId, payload, givenUp.get(), attempt, failure)) {
                    journal.finished(requestId);
                }
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "%s failed asynchronous invocation %s (attempt %d); Lambda retries it: %s"
                    .formatted(function.name(), requestId, attempt, failure));
            if (stopsWithin(retryDelay.multipliedBy(attempt))) {
                dropped.incrementAndGet();
                return;
            }
        }
    }

    /** Answers whether the event is settled: dropped for want of a destination, or on it; not when the stop came first. */
    private boolean giveUp(String requestId, JsonNode payload, String condition, int attempts, RuntimeException failure) {
        if (onFailure.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "%s gave up on asynchronous invocation %s (%s) and, without an on-failure destination, dropped it"
                    .formatted(function.name(), requestId, condition), failure);
            return true;
        }
        String record = destinationRecord(requestId, payload, condition, attempts, failure);
        // Lambda keeps trying to deliver to a destination that is briefly unavailable.
        do {
            try {
                onFailure.get().sqs().sendMessage(request -> request.queueUrl(onFailure.get().queueUrl()).messageBody(record));
                LOG.log(System.Logger.Level.WARNING, "%s gave up on asynchronous invocation %s (%s after %d attempts); it is on the on-failure queue"
                        .formatted(function.name(), requestId, condition, attempts));
                return true;
            } catch (SdkException unavailable) {
                LOG.log(System.Logger.Level.WARNING, "%s's on-failure queue is unavailable; trying again: %s"
                        .formatted(function.name(), unavailable.getMessage()));
            }
        } while (!stopsWithin(retryDelay));
        dropped.incrementAndGet();
        return false;
    }

    /** Waits {@code delay}; answers true, at once, when the invoker is stopping. */
    private boolean stopsWithin(Duration delay) {
        try {
            return stopping.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Lambda's record for an on-failure destination: what was invoked, why it was given up, and the event itself. */
    private String destinationRecord(String requestId, JsonNode payload, String condition, int attempts, RuntimeException failure) {
        ObjectNode record = JSON.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode request = record.putObject("requestContext");
        request.put("requestId", requestId);
        request.put("functionArn", LocalLambdaContext.functionArn(function.name()) + ":$LATEST");
        request.put("condition", condition);
        request.put("approximateInvokeCount", attempts);
        record.set("requestPayload", payload);
        ObjectNode response = record.putObject("responseContext");
        response.put("statusCode", 200);
        response.put("executedVersion", "$LATEST");
        response.put("functionError", "Unhandled");
        ObjectNode error = record.putObject("responsePayload");
        error.put("errorMessage", String.valueOf(failure.getMessage()));
        error.put("errorType", failure.getClass().getName());
        return record.toString();
    }

    @Override
    public void close() {
        stopping.countDown();
        invocations.shutdown();
        try {
            if (!invocations.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, function.name() + " was still running an invocation at stop");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (dropped.get() > 0) {
            LOG.log(System.Logger.Level.WARNING, journal.durable()
                    ? "%d asynchronous invocations of %s were waiting for a retry; they are invoked again at the next start"
                            .formatted(dropped.get(), function.name())
                    : "%d asynchronous invocations of %s were waiting for a retry and are dropped"
                            .formatted(dropped.get(), function.name()));
        }
    }
}
