package com.example.orders.localruntime.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A function invoked by an event source (a queue, a topic, a schedule) rather than by the
 * gateway, run in this JVM as Lambda runs it: in execution environments that each handle one
 * event at a time with their own handler instance, several at once up to the function's
 * concurrency, so the races of concurrent containers happen locally too.
 */
public final class LocalEventFunction<I, O> {

    private final String name;
    private final int memoryMb;
    private final Duration timeout;
    private final ExecutionEnvironments<RequestHandler<I, ? extends O>> environments;

    /** One environment with this handler instance: one event at a time. */
    public LocalEventFunction(String name, Duration timeout, RequestHandler<I, ? extends O> handler) {
        this(name, timeout, () -> handler, 1);
    }

    /** Up to {@code concurrency} environments, each started with a handler from {@code coldStart}. */
    public LocalEventFunction(String name, Duration timeout, Supplier<? extends RequestHandler<I, ? extends O>> coldStart,
            int concurrency) {
        this.name = name;
        this.memoryMb = LambdaFunction.DEFAULT_MEMORY_MB;
        this.timeout = timeout;
        this.environments = new ExecutionEnvironments<>(coldStart::get, concurrency);
    }

    public String name() {
        return name;
    }

    /** Runs the handler with a new request id; whatever it throws propagates, as to a Lambda event source. */
    public O invoke(I event) {
        return environments.run(handler -> {
            var context = new LocalLambdaContext(UUID.randomUUID().toString(), name, memoryMb,
                    System.nanoTime() + timeout.toNanos(), new ConsoleLambdaLogger());
            return handler.handleRequest(event, context);
        });
    }

    /** How many events it may handle at once. */
    public int concurrency() {
        return environments.concurrency();
    }
}
