package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.OrderPage;
import com.example.orders.core.order.OrderStatus;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Orders by status, newest first, a page at a time, from the {@code status-index} GSI. Each page
 * but the last carries a token, sealed by {@link PageCursor}, that only this listing accepts.
 */
public final class OrderListing {

    private static final OrderRecordMapper MAPPER = OrderRecordMapper.INSTANCE;

    private final DynamoDbTable<OrderRecord> table;
    private final PageCursor cursor;

    public OrderListing(DynamoDbClient dynamoDb, String tableName, PageCursor cursor) {
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build()
                .table(tableName, OrderTableSchema.ORDER);
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
        var request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(status.name()).build()))
                .scanIndexForward(false)
                .limit(limit + 1);
        if (nextToken != null) {
            PageCursor.Position position = cursor.open(nextToken, listing);
            request.exclusiveStartKey(Map.of(
                    OrdersTable.ORDER_ID, AttributeValue.fromS(position.orderId()),
                    OrdersTable.CREATED_AT, AttributeValue.fromS(position.createdAt()),
                    OrdersTable.STATUS, AttributeValue.fromS(status.name())));
        }
        Page<OrderRecord> page = table.index(OrdersTable.STATUS_INDEX).query(request.build()).iterator().next();
        List<OrderRecord> items = page.items();
        boolean more = items.size() > limit || (page.lastEvaluatedKey() != null && !items.isEmpty());
        List<OrderRecord> shown = items.subList(0, Math.min(limit, items.size()));
        String token = more && !shown.isEmpty() ? cursor.seal(new PageCursor.Position(
                shown.getLast().getOrderId(), shown.getLast().getCreatedAt()), listing) : null;
        return new OrderPage(shown.stream().map(MAPPER::toDomain).toList(), token);
    }

}
