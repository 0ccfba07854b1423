package com.example.orders.core.store;

import com.example.orders.core.mapping.OrderRecordMapper;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders in DynamoDB. The table's key is {@code orderId + createdAt}, so finding an order by
 * id is a Query on its partition; listing by status reads the {@code status-index} GSI, newest
 * first. Nothing here ever scans the table.
 */
public final class OrderRepository {

    private static final OrderRecordMapper MAPPER = OrderRecordMapper.INSTANCE;

    private final DynamoDbClient dynamoDb;
    private final DynamoDbTable<OrderRecord> table;
    private final String tableName;
    private final PageCursor cursor;
    private final Clock clock;

    public OrderRepository(DynamoDbClient dynamoDb, String tableName, PageCursor cursor, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build()
                .table(tableName, OrderTableSchema.ORDER);
        this.cursor = cursor;
        this.clock = clock;
    }

    /**
     * Stores a new order; fails with {@link OrderAlreadyExistsException} rather than overwrite a
     * stored one (a retried write). Order ids are random UUIDs made by the service, which is
     * what keeps two different orders from sharing an id.
     */
    public void create(Order order) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(OrderRecord.class)
                    .item(MAPPER.toRecord(order))
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(#id)")
                            .putExpressionName("#id", OrdersTable.ORDER_ID)
                            .build())
                    .build());
        } catch (ConditionalCheckFailedException exists) {
            throw new OrderAlreadyExistsException(order.orderId());
        }
    }

    /**
     * Stores a new order and the Idempotency-Key that asked for it in one transaction: both or
     * neither. The key may be taken over only once its earlier record expired.
     *
     * @throws IdempotencyKeyTakenException when a live record of the key exists (a concurrent twin)
     */
    public void create(Order order, IdempotencyRecord claim, IdempotencyKeys keys) {
        try {
            dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(Put.builder()
                            .tableName(tableName)
                            .item(OrderTableSchema.ORDER.itemToMap(MAPPER.toRecord(order), true))
                            .conditionExpression("attribute_not_exists(#id)")
                            .expressionAttributeNames(Map.of("#id", OrdersTable.ORDER_ID))
                            .build()).build(),
                    TransactWriteItem.builder().put(Put.builder()
                            .tableName(keys.tableName())
                            .item(IdempotencyKeys.item(claim))
                            .conditionExpression("attribute_not_exists(#key) OR #expires <= :now")
                            .expressionAttributeNames(Map.of("#key", IdempotencyTable.KEY,
                                    "#expires", IdempotencyTable.EXPIRES_AT))
                            .expressionAttributeValues(Map.of(":now",
                                    AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond()))))
                            .build()).build())
                    .build());
        } catch (TransactionCanceledException cancelled) {
            var reasons = cancelled.cancellationReasons();
            if (reasons.size() > 1 && "ConditionalCheckFailed".equals(reasons.get(1).code())) {
                throw new IdempotencyKeyTakenException(claim.key());
            }
            if (!reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.getFirst().code())) {
                throw new OrderAlreadyExistsException(order.orderId());
            }
            throw cancelled;
        }
    }

    /** The order with this id, read consistently. */
    public Optional<Order> findById(String orderId) {
        return table.query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(orderId).build()))
                        .consistentRead(true)
                        .limit(1)
                        .build())
                .items().stream()
                .findFirst()
                .map(MAPPER::toDomain);
    }

    /**
     * One page of the orders in {@code status}, newest first.
     *
     * @param nextToken null for the first page, else the token of the previous page
     * @throws InvalidCursorException when the token was not issued for this listing
     */
    public OrderPage listByStatus(OrderStatus status, int limit, String nextToken) {
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

    /**
     * Moves the order from {@code from} to {@code to}, only if it is still in {@code from} and
     * nobody changed it since it was read (its version). A second delivery of the same
     * message therefore gets {@link Transition.Refused} and writes nothing.
     */
    public Transition transition(String orderId, OrderStatus from, OrderStatus to) {
        if (to == OrderStatus.FAILED) {
            throw new IllegalArgumentException("Use markFailed to give the reason an order failed");
        }
        return move(orderId, from, to, null);
    }

    /** Moves the order from {@code from} to FAILED, recording why. */
    public Transition markFailed(String orderId, OrderStatus from, String reason) {
        return move(orderId, from, OrderStatus.FAILED, reason);
    }

    private Transition move(String orderId, OrderStatus from, OrderStatus to, String reason) {
        if (!from.canMoveTo(to)) {
            throw new IllegalArgumentException("An order cannot move from " + from + " to " + to);
        }
        Optional<Order> current = findById(orderId);
        if (current.isEmpty()) {
            return new Transition.NotFound(orderId);
        }
        Order order = current.get();
        if (order.status() != from) {
            return new Transition.Refused(order.status());
        }
        Order moved = order.movedTo(to, reason, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        Map<String, String> names = new HashMap<>(Map.of(
                "#status", OrdersTable.STATUS,
                "#updatedAt", OrdersTable.UPDATED_AT,
                "#version", OrdersTable.VERSION));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":from", AttributeValue.fromS(from.name()),
                ":to", AttributeValue.fromS(to.name()),
                ":now", AttributeValue.fromS(StoredTimestamp.format(moved.updatedAt())),
                ":expected", AttributeValue.fromN(Long.toString(order.version())),
                ":next", AttributeValue.fromN(Long.toString(moved.version()))));
        String update = "SET #status = :to, #updatedAt = :now, #version = :next";
        if (reason != null) {
            names.put("#reason", OrdersTable.FAILURE_REASON);
            values.put(":reason", AttributeValue.fromS(reason));
            update += ", #reason = :reason";
        }
        try {
            dynamoDb.updateItem(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(Map.of(
                            OrdersTable.ORDER_ID, AttributeValue.fromS(orderId),
                            OrdersTable.CREATED_AT, AttributeValue.fromS(StoredTimestamp.format(order.createdAt()))))
                    .updateExpression(update)
                    .conditionExpression("#status = :from AND #version = :expected")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.NONE)
                    .build());
            return new Transition.Moved(moved);
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return new Transition.Refused(findById(orderId).map(Order::status).orElse(from));
        }
    }
}
