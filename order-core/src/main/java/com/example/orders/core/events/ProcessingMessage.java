package com.example.orders.core.events;

/**
 * The message that queues a new order for processing: what the EventBridge Pipe (in AWS) and
 * the local stream forwarder put on {@code order-processing-queue}. Schema:
 * {@code events/order-processing-message.schema.json}. It names the order and carries no
 * order data: the processor reads the order itself, so a stale message can never act on
 * stale data.
 */
public record ProcessingMessage(String orderId, String createdAt, String correlationId) {
}
