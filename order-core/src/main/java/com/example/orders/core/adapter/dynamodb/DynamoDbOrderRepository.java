package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderAlreadyExistsException;
import com.example.orders.core.order.OrderRepository;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.Transition;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Orders in DynamoDB. The table's key is {@code orderId + createdAt}, so finding an order by
 * id is a Query on its partition; nothing here ever scans the table. Listing by status is
 * {@link OrderListing}'s.
 */
public final class DynamoDbOrderRepository implements OrderRepository {

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    public DynamoDbOrderRepository(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    /**
     * Stores a new order; fails with {@link OrderAlreadyExistsException} rather than overwrite a
     * stored one (a retried write). Order ids are random UUIDs made by the service, which is
     * what keeps two different orders from sharing an id.
     */
    @Override
    public void create(Order order) {
        try {
            RetriedWrite.run("Storing order " + order.orderId(), () -> dynamoDb.putItem(request -> request
                    .tableName(tableName)
                    .item(OrderItem.of(order))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", OrdersTable.ORDER_ID))));
        } catch (ConditionalCheckFailedException exists) {
            throw new OrderAlreadyExistsException(order.orderId());
        }
    }

    /** The order with this id, read consistently. */
    @Override
    public Optional<Order> findById(String orderId) {
        return dynamoDb.query(request -> request
                        .tableName(tableName)
                        .keyConditionExpression("#id = :id")
                        .expressionAttributeNames(Map.of("#id", OrdersTable.ORDER_ID))
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(orderId)))
                        .consistentRead(true)
                        .limit(1))
                .items().stream()
                .findFirst()
                .map(OrderItem::toOrder);
    }

    /**
     * Moves the order from {@code from} to {@code to}, only if it is still in {@code from} and
     * nobody changed it since it was read (its version). A second delivery of the same
     * message therefore gets {@link Transition.Refused} and writes nothing.
     */
    @Override
    public Transition transition(String orderId, OrderStatus from, OrderStatus to) {
        return move(orderId, from, to, null);
    }

    /** Moves the order as it was read, conditional on its version: the processor's path, one round trip. */
    @Override
    public Transition transition(Order read, OrderStatus to) {
        read.status().requireMoveTo(to, null);
        return write(read, to, null);
    }

    /** Moves the order from {@code from} to FAILED, recording why. */
    @Override
    public Transition markFailed(String orderId, OrderStatus from, String reason) {
        return move(orderId, from, OrderStatus.FAILED, reason);
    }

    private Transition move(String orderId, OrderStatus from, OrderStatus to, String reason) {
        from.requireMoveTo(to, reason);
        Optional<Order> current = findById(orderId);
        if (current.isEmpty()) {
            return new Transition.NotFound(orderId);
        }
        Order order = current.get();
        if (order.status() != from) {
            return new Transition.Refused(order.status());
        }
        return write(order, to, reason);
    }

    /** The conditional write of a move: refused when the stored order is no longer {@code order} (status and version). */
    private Transition write(Order order, OrderStatus to, String reason) {
        String orderId = order.orderId();
        OrderStatus from = order.status();
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
