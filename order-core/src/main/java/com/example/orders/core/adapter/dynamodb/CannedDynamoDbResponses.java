package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.process.PaymentStatus;
import com.fasterxml.jackson.databind.JsonNode;
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
        orders.forEach(order -> items.add(item(OrderItem.of(order))));
        ObjectNode answer = JSON.objectNode().put("Count", orders.size()).put("ScannedCount", orders.size());
        answer.set("Items", items);
        return ApiJson.write(answer);
    }

    /** An UpdateItem's answer (ALL_NEW) for a payment's first attempt: what {@link SimulatedPayments#charge} reads. */
    public static String firstChargeAttempt() {
        ObjectNode answer = JSON.objectNode();
        answer.set("Attributes", item(Map.of(
                SimulatedPayments.STATUS, AttributeValue.fromS(PaymentStatus.ATTEMPTING.name()),
                SimulatedPayments.ATTEMPTS, AttributeValue.fromN("1"))));
        return ApiJson.write(answer);
    }

    private static ObjectNode item(Map<String, AttributeValue> attributes) {
        ObjectNode item = JSON.objectNode();
        attributes.forEach((name, value) -> item.set(name, value(value)));
        return item;
    }

    private static JsonNode value(AttributeValue value) {
        ObjectNode typed = JSON.objectNode();
        switch (value.type()) {
            case S -> typed.put("S", value.s());
            case N -> typed.put("N", value.n());
            case BOOL -> typed.put("BOOL", value.bool());
            case M -> typed.set("M", item(value.m()));
            case L -> {
                ArrayNode list = typed.putArray("L");
                value.l().forEach(element -> list.add(value(element)));
            }
            default -> throw new IllegalArgumentException("No canned form for a " + value.type() + " attribute");
        }
        return typed;
    }
}
