package com.example.orders.localruntime.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A function behind a proxy integration, run in this JVM as one Lambda execution environment:
 * like the real one it handles one event at a time, so a handler never sees concurrent calls
 * locally that it would not see in Lambda.
 */
public final class LambdaFunction {

    public static final int DEFAULT_MEMORY_MB = 512;
    /** API Gateway gives up on an integration after 29 seconds; a longer function timeout buys nothing. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(29);

    private final String name;
    private final int memoryMb;
    private final Duration timeout;
    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler;
    private final ReentrantLock environment = new ReentrantLock(true);

    public LambdaFunction(String name, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        this(name, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, handler);
    }

    public LambdaFunction(String name, int memoryMb, Duration timeout,
            RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        this.name = name;
        this.memoryMb = memoryMb;
        this.timeout = timeout;
        this.handler = handler;
    }

    public String name() {
        return name;
    }

    /** Runs the handler with a context whose request id is {@code requestId}; whatever it throws propagates. */
    public APIGatewayProxyResponseEvent invoke(APIGatewayProxyRequestEvent event, String requestId) {
        environment.lock();
        try {
            var context = new LocalLambdaContext(requestId, name, memoryMb,
                    System.nanoTime() + timeout.toNanos(), new ConsoleLambdaLogger());
            return handler.handleRequest(event, context);
        } finally {
            environment.unlock();
        }
    }
}
