package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.process.PaymentStatus;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's answers, in its wire format, for SnapStart priming against a client that answers in
 * place: a Query that finds orders, an UpdateItem that returns a first charge attempt. Built from
 * {@link OrderItem} and the adapters' own attributes, so they stay in step with what the adapters
 * write and read.
 */
public final class CannedDynamoDbResponses {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CannedDynamoDbResponses() {
    }

    /** A Query's answer listing {@code orders}, as the Orders table stores them. */
    public static String queryFinding(List<Order> orders) {
        ArrayNode items = JSON.arrayNode();
        orders.forEach(order -> items.add(AttributeValueJson.item(OrderItem.of(order))));
        ObjectNode answer = JSON.objectNode().put("Count", orders.size()).put("ScannedCount", orders.size());
        answer.set("Items", items);
        return ApiJson.write(answer);
    }

    /** An UpdateItem's answer (ALL_NEW) for a payment's first attempt: what {@link SimulatedPayments#charge} reads. */
    public static String firstChargeAttempt() {
        ObjectNode answer = JSON.objectNode();
        answer.set("Attributes", AttributeValueJson.item(Map.of(
                SimulatedPayments.STATUS, AttributeValue.fromS(PaymentStatus.ATTEMPTING.name()),
                SimulatedPayments.ATTEMPTS, AttributeValue.fromN("1"))));
        return ApiJson.write(answer);
    }
}
