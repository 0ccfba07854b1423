package com.example.orders.localruntime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A topic function that keeps every event it is handed. */
final class RecordingNotifier implements RequestHandler<SNSEvent, Void> {

    private final List<SNSEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        events.add(event);
        return null;
    }

    List<SNSEvent> events() {
        return events;
    }

    List<String> messages() {
        return events.stream().map(event -> event.getRecords().getFirst().getSNS().getMessage()).toList();
    }
}
