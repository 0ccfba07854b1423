package com.example.orders.localruntime.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A topic function that keeps every event it is handed, and fails, as a notifier whose email
 * service is down would, for as many invocations as it is told to.
 */
public final class RecordingNotifier implements RequestHandler<SNSEvent, Void> {

    private final List<SNSEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger invocations = new AtomicInteger();

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        invocations.incrementAndGet();
        if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new IllegalStateException("The email service is unavailable");
        }
        events.add(event);
        return null;
    }

    /** The next {@code count} invocations fail. */
    public RecordingNotifier failNext(int count) {
        failuresLeft.set(count);
        return this;
    }

    public int invocations() {
        return invocations.get();
    }

    public List<SNSEvent> events() {
        return events;
    }

    public List<String> messages() {
        return events.stream().map(event -> event.getRecords().getFirst().getSNS().getMessage()).toList();
    }
}
