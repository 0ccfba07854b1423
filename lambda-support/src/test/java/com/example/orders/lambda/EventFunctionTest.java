package com.example.orders.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFunctionTest {

    private static SQSEvent.SQSMessage message(String id) {
        var message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody("{}");
        return message;
    }

    private static SQSEvent batch(String... ids) {
        var event = new SQSEvent();
        event.setRecords(Arrays.stream(ids).map(EventFunctionTest::message).toList());
        return event;
    }

    private static List<String> failed(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    @Test
    void aMessageWhoseHandlingThrowsFailsAloneNotItsBatch() {
        var response = EventFunction.eachMessage(batch("first", "throws", "last"), message -> {
            if (message.getMessageId().equals("throws")) {
                throw new IllegalStateException("the topic is unreachable");
            }
            return true;
        });

        assertThat(failed(response)).containsExactly("throws");
    }

    @Test
    void everyMessageOfTheBatchIsHandledEvenAfterOneThrows() {
        var handled = new ArrayList<String>();
        EventFunction.eachMessage(batch("throws", "second", "third"), message -> {
            handled.add(message.getMessageId());
            if (message.getMessageId().equals("throws")) {
                throw new IllegalStateException("the table is unreachable");
            }
            return true;
        });

        assertThat(handled).containsExactly("throws", "second", "third");
    }

    @Test
    void theReceiveCountIsTheQueuesAttribute() {
        var message = message("m");
        message.setAttributes(Map.of("ApproximateReceiveCount", "3"));

        assertThat(EventFunction.receiveCount(message)).isEqualTo(3);
    }
}
