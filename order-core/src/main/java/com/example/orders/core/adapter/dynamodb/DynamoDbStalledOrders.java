package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.reconcile.StalledOrders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Stalled orders from the {@code status-index} GSI, whose items are whole orders (it projects
 * every attribute). An order changed after it was created, so one last changed before the cutoff
 * was created before it too: the key condition bounds the read to those, the filter keeps the
 * ones unchanged since. The index is eventually consistent, which a sweep for orders unchanged
 * for minutes does not mind.
 */
public final class DynamoDbStalledOrders implements StalledOrders {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbStalledOrders(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public List<Order> stalledSince(OrderStatus status, Instant cutoff, int limit) {
        String before = StoredTimestamp.format(cutoff);
        List<Order> stalled = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            QueryResponse page = dynamoDb.query(request -> request
                    .tableName(tableName)
                    .indexName(OrdersTable.STATUS_INDEX)
                    .keyConditionExpression("#status = :status AND #createdAt < :cutoff")
                    .filterExpression("#updatedAt < :cutoff")
                    .expressionAttributeNames(Map.of("#status", OrdersTable.STATUS,
                            "#createdAt", OrdersTable.CREATED_AT, "#updatedAt", OrdersTable.UPDATED_AT))
                    .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status.name()),
                            ":cutoff", AttributeValue.fromS(before)))
                    .scanIndexForward(true)
                    .exclusiveStartKey(from));
            page.items().forEach(item -> stalled.add(OrderItem.toOrder(item)));
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null && stalled.size() < limit);
        return stalled.size() > limit ? List.copyOf(stalled.subList(0, limit)) : stalled;
    }
}
