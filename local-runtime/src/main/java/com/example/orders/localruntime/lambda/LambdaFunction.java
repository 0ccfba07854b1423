package com.example.orders.localruntime.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A function behind a proxy integration, run in this JVM as Lambda runs it: each execution
 * environment handles one event at a time with its own handler instance, so a handler never sees
 * concurrent calls that it would not see in Lambda, while several environments serve concurrent
 * requests, up to the function's concurrency.
 */
public final class LambdaFunction {

    public static final int DEFAULT_MEMORY_MB = 512;
    /** API Gateway gives up on an integration after 29 seconds; a longer function timeout buys nothing. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(29);

    private final String name;
    private final int memoryMb;
    private final Duration timeout;
    private final ExecutionEnvironments<RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> environments;

    /** One environment with this handler instance: one request at a time. */
    public LambdaFunction(String name, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        this(name, () -> handler, 1);
    }

    /** Up to {@code concurrency} environments, each started with a handler from {@code coldStart}. */
    public LambdaFunction(String name,
            Supplier<? extends RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> coldStart,
            int concurrency) {
        this.name = name;
        this.memoryMb = DEFAULT_MEMORY_MB;
        this.timeout = DEFAULT_TIMEOUT;
        this.environments = new ExecutionEnvironments<>(coldStart::get, concurrency);
    }

    public String name() {
        return name;
    }

    /** Runs the handler with a context whose request id is {@code requestId}; whatever it throws propagates. */
    public APIGatewayProxyResponseEvent invoke(APIGatewayProxyRequestEvent event, String requestId) {
        return environments.run(handler -> {
            var context = new LocalLambdaContext(requestId, name, memoryMb,
                    System.nanoTime() + timeout.toNanos(), new ConsoleLambdaLogger());
            return handler.handleRequest(event, context);
        });
    }
}
