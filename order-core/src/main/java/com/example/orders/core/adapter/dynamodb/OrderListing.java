package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.OrderPage;
import com.example.orders.core.order.OrderStatus;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Orders by status, newest first, a page at a time, from the {@code status-index} GSI. Each page
 * but the last carries a token, sealed by {@link PageCursor}, that only this listing accepts.
 */
public final class OrderListing {

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final PageCursor cursor;

    public OrderListing(DynamoDbClient dynamoDb, String tableName, PageCursor cursor) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.cursor = cursor;
    }

    /**
     * One page of the orders in {@code status}, newest first.
     *
     * @param nextToken null for the first page, else the token of the previous page
     * @throws InvalidCursorException when the token was not issued for this listing
     */
    public OrderPage byStatus(OrderStatus status, int limit, String nextToken) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100, got " + limit);
        }
        String listing = "status=" + status.name();
        // One more than asked: when it comes back, there is a next page, so a client never gets
        // a token that leads to an empty page (DynamoDB returns a key whenever a page is full).
        var request = QueryRequest.builder()
                .tableName(tableName)
                .indexName(OrdersTable.STATUS_INDEX)
                .keyConditionExpression("#status = :status")
                .expressionAttributeNames(Map.of("#status", OrdersTable.STATUS))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status.name())))
                .scanIndexForward(false)
                .limit(limit + 1);
        if (nextToken != null) {
            PageCursor.Position position = cursor.open(nextToken, listing);
            request.exclusiveStartKey(Map.of(
                    OrdersTable.ORDER_ID, AttributeValue.fromS(position.orderId()),
                    OrdersTable.CREATED_AT, AttributeValue.fromS(position.createdAt()),
                    OrdersTable.STATUS, AttributeValue.fromS(status.name())));
        }
        QueryResponse page = dynamoDb.query(request.build());
        List<Map<String, AttributeValue>> items = page.items();
        boolean more = items.size() > limit || (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() && !items.isEmpty());
        List<Map<String, AttributeValue>> shown = items.subList(0, Math.min(limit, items.size()));
        String token = more && !shown.isEmpty() ? cursor.seal(new PageCursor.Position(
                shown.getLast().get(OrdersTable.ORDER_ID).s(), shown.getLast().get(OrdersTable.CREATED_AT).s()), listing) : null;
        return new OrderPage(shown.stream().map(OrderItem::toOrder).toList(), token);
    }

}
