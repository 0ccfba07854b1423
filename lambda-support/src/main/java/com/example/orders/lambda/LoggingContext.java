package com.example.orders.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The keys every function's log lines carry, defined once, and how an invocation and each unit of
 * its work (a request, a message, a task) set them. The correlation id is what the "order
 * journey" Logs Insights query follows across functions.
 */
public final class LoggingContext {

    /** The correlation id: the API request's, carried on by every event and message of its order. */
    public static final String CORRELATION_ID = "correlation_id";
    public static final String SERVICE = "service";

    private LoggingContext() {}

    /**
     * Runs one invocation with Powertools' Lambda fields and the function's service. Powertools
     * takes the service from the process environment, which several functions share in the local
     * runtime: the function's own setting wins.
     */
    public static <T> T invocation(Context context, String service, Supplier<T> body) {
        return PowertoolsLogging.withLogging(context, () -> {
            MDC.put(SERVICE, service);
            return body.get();
        });
    }

    /** Runs one unit of work under {@code correlationId}, or {@code fallback} when the work carries none. */
    public static <T> T correlated(String correlationId, String fallback, Supplier<T> work) {
        MDC.put(CORRELATION_ID, correlationId == null || correlationId.isBlank() ? fallback : correlationId);
        try {
            return work.get();
        } finally {
            MDC.remove(CORRELATION_ID);
        }
    }
}
