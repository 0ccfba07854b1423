package com.example.orders.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a function invoked by an event source (a queue, a topic, the workflow) shares with every
 * other, as {@link ApiFunction} is for the API's: the logging context of the invocation and of
 * each unit of work in it (its correlation id), and, for a queue, partial batch failures and the
 * receive count of a message.
 */
public final class EventFunction {

    private static final Logger LOG = LoggerFactory.getLogger(EventFunction.class);

    private final String service;

    public EventFunction(String service) {
        this.service = service;
    }

    public String service() {
        return service;
    }

    /** Runs one invocation with the logging context every line of it carries. */
    public <T> T handle(Context context, Supplier<T> invocation) {
        return LoggingContext.invocation(context, service, invocation);
    }

    /** Runs one unit of work (a message, an event, a task) under its order's correlation id, or {@code fallback}. */
    public <T> T correlated(String correlationId, String fallback, Supplier<T> work) {
        return LoggingContext.correlated(correlationId, fallback, work);
    }

    /**
     * Handles each message of a batch; the ones {@code handled} answers false for, or throws on,
     * come back to the queue (or, after their last receive, go to its dead-letter queue), the
     * others are deleted. Nothing one message does fails another: a throw never escapes to fail
     * the whole batch, which would return messages already handled.
     */
    public static SQSBatchResponse eachMessage(SQSEvent event, Predicate<SQSEvent.SQSMessage> handled) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (!handledAlone(handled, message)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static boolean handledAlone(Predicate<SQSEvent.SQSMessage> handled, SQSEvent.SQSMessage message) {
        try {
            return handled.test(message);
        } catch (RuntimeException failure) {
            LOG.error("Message {} failed: {}", message.getMessageId(), failure.toString());
            return false;
        }
    }

    /** How often the queue has delivered this message, this delivery included. */
    public static int receiveCount(SQSEvent.SQSMessage message) {
        String count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
        return count == null ? 1 : Integer.parseInt(count);
    }
}
