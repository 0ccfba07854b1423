package com.example.orders.localruntime.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A function invoked by an event source (a queue, a topic) rather than by the gateway, run in
 * this JVM as one Lambda execution environment: one event at a time, as in Lambda.
 */
public final class LocalEventFunction<I, O> {

    private final String name;
    private final int memoryMb;
    private final Duration timeout;
    private final RequestHandler<I, ? extends O> handler;
    private final ReentrantLock environment = new ReentrantLock(true);

    public LocalEventFunction(String name, Duration timeout, RequestHandler<I, ? extends O> handler) {
        this.name = name;
        this.memoryMb = LambdaFunction.DEFAULT_MEMORY_MB;
        this.timeout = timeout;
        this.handler = handler;
    }

    public String name() {
        return name;
    }

    /** Runs the handler with a new request id; whatever it throws propagates, as to a Lambda event source. */
    public O invoke(I event) {
        environment.lock();
        try {
            var context = new LocalLambdaContext(UUID.randomUUID().toString(), name, memoryMb,
                    System.nanoTime() + timeout.toNanos(), new ConsoleLambdaLogger());
            return handler.handleRequest(event, context);
        } finally {
            environment.unlock();
        }
    }
}
