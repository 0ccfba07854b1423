package com.example.orders.order.reconcile;

import com.example.orders.core.adapter.dynamodb.StoredTimestamp;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.reconcile.ProcessingQueue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * order-processing-queue, written to with the message the pipe renders from the table's stream
 * (a test holds the two to the same text). The SQS client lives here rather than in order-core
 * because only this function sends to a queue: the other functions' jars stay without it.
 */
public final class SqsProcessingQueue implements ProcessingQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsProcessingQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(Order order) {
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(message(order)));
    }

    /** The message body for {@code order}: what the pipe renders from its stream record. */
    public static String message(Order order) {
        return ApiJson.write(new ProcessingMessage(order.orderId(), StoredTimestamp.format(order.createdAt()),
                order.correlationId()));
    }
}
