package com.example.orders.order.process;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.core.adapter.dynamodb.StoredTimestamp;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An SQS batch as Lambda's event source mapping delivers it. */
final class SqsEventBuilder {

    private final List<SQSEvent.SQSMessage> messages = new ArrayList<>();

    static SqsEventBuilder aBatch() {
        return new SqsEventBuilder();
    }

    SqsEventBuilder withOrder(Order order, int receiveCount) {
        return withBody(ApiJson.write(new ProcessingMessage(order.orderId(), StoredTimestamp.format(order.createdAt()),
                order.correlationId())), receiveCount);
    }

    SqsEventBuilder withOrder(Order order) {
        return withOrder(order, 1);
    }

    SqsEventBuilder withBody(String body, int receiveCount) {
        var message = new SQSEvent.SQSMessage();
        message.setMessageId(UUID.randomUUID().toString());
        message.setBody(body);
        message.setEventSource("aws:sqs");
        message.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(receiveCount)));
        messages.add(message);
        return this;
    }

    SQSEvent build() {
        var event = new SQSEvent();
        event.setRecords(List.copyOf(messages));
        return event;
    }

    String messageId(int index) {
        return messages.get(index).getMessageId();
    }
}
