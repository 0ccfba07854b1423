package com.example.orders.localruntime.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A queue function that keeps every record it is handed and reports as failed each record whose
 * body is one of {@code failingBodies}, so tests see what the poller delivers and deletes.
 */
final class RecordingQueueFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final Set<String> failingBodies;
    private final List<SQSEvent.SQSMessage> records = new CopyOnWriteArrayList<>();

    RecordingQueueFunction(Set<String> failingBodies) {
        this.failingBodies = failingBodies;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        records.addAll(event.getRecords());
        return SQSBatchResponse.builder().withBatchItemFailures(event.getRecords().stream()
                .filter(record -> failingBodies.contains(record.getBody()))
                .map(record -> SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(record.getMessageId()).build())
                .toList()).build();
    }

    List<SQSEvent.SQSMessage> records() {
        return records;
    }

    long deliveriesOf(String body) {
        return records.stream().filter(record -> record.getBody().equals(body)).count();
    }
}
