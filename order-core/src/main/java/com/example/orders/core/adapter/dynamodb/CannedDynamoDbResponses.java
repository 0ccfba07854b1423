package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.http.StreamedJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.process.PaymentStatus;
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

    private CannedDynamoDbResponses() {
    }

    /** A Query's answer listing {@code orders}, as the Orders table stores them. */
    public static String queryFinding(List<Order> orders) {
        return StreamedJson.written(json -> {
            json.writeStartObject();
            json.writeNumberField("Count", orders.size());
            json.writeNumberField("ScannedCount", orders.size());
            json.writeArrayFieldStart("Items");
            for (Order order : orders) {
                AttributeValueJson.writeItem(json, OrderItem.of(order));
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** An UpdateItem's answer (ALL_NEW) for a payment's first attempt: what {@link SimulatedPayments#charge} reads. */
    public static String firstChargeAttempt() {
        return StreamedJson.written(json -> {
            json.writeStartObject();
            json.writeFieldName("Attributes");
            AttributeValueJson.writeItem(json, Map.of(
                    SimulatedPayments.STATUS, AttributeValue.fromS(PaymentStatus.ATTEMPTING.name()),
                    SimulatedPayments.ATTEMPTS, AttributeValue.fromN("1")));
            json.writeEndObject();
        });
    }
}
