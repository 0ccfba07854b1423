package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderLine;
import com.example.orders.core.order.process.Inventory;
import com.example.orders.core.order.process.Reservation;
import com.example.orders.core.order.process.TransientFailureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Stock per SKU in the inventory table ({@code sku}, {@code available}), reserved for a whole
 * order in one conditional transaction: every line or none. The transaction also writes a
 * reservation marker row ({@code sku = "reservation#<orderId>"}), so reserving the same order
 * again finds the marker and reserves nothing twice.
 */
public final class InventoryReservations implements Inventory {

    static final String MARKER_PREFIX = "reservation#";
    private static final String SKU = "sku";
    private static final String AVAILABLE = "available";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public InventoryReservations(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Reservation reserve(Order order) {
        var items = new ArrayList<TransactWriteItem>();
        items.add(TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(Map.of(SKU, AttributeValue.fromS(MARKER_PREFIX + order.orderId()),
                        "orderId", AttributeValue.fromS(order.orderId())))
                .conditionExpression("attribute_not_exists(" + SKU + ")")
                .build()).build());
        for (OrderLine line : order.lines()) {
            items.add(TransactWriteItem.builder().update(Update.builder()
                    .tableName(table)
                    .key(Map.of(SKU, AttributeValue.fromS(line.sku())))
                    .updateExpression("SET " + AVAILABLE + " = " + AVAILABLE + " - :quantity")
                    .conditionExpression(AVAILABLE + " >= :quantity")
                    .expressionAttributeValues(Map.of(":quantity", AttributeValue.fromN(Integer.toString(line.quantity()))))
                    .build()).build());
        }
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(items));
            return new Reservation.Reserved();
        } catch (TransactionCanceledException cancelled) {
            List<CancellationReason> reasons = cancelled.cancellationReasons();
            if (failedCondition(reasons, 0)) {
                return new Reservation.Reserved();
            }
            for (int i = 1; i < reasons.size(); i++) {
                if (failedCondition(reasons, i)) {
                    return new Reservation.OutOfStock(order.lines().get(i - 1).sku());
                }
            }
            throw new TransientFailureException("Inventory reservation was cancelled: " + reasons, cancelled);
        }
    }

    /**
     * Deletes the order's marker and puts its lines back, in one transaction conditional on the
     * marker: a second release, or one of an order never reserved, changes nothing.
     */
    @Override
    public void release(Order order) {
        var items = new ArrayList<TransactWriteItem>();
        items.add(TransactWriteItem.builder().delete(Delete.builder()
                .tableName(table)
                .key(key(MARKER_PREFIX + order.orderId()))
                .conditionExpression("attribute_exists(" + SKU + ")")
                .build()).build());
        for (OrderLine line : order.lines()) {
            items.add(TransactWriteItem.builder().update(Update.builder()
                    .tableName(table)
                    .key(key(line.sku()))
                    .updateExpression("SET " + AVAILABLE + " = " + AVAILABLE + " + :quantity")
                    .expressionAttributeValues(Map.of(":quantity", AttributeValue.fromN(Integer.toString(line.quantity()))))
                    .build()).build());
        }
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(items));
        } catch (TransactionCanceledException cancelled) {
            if (!failedCondition(cancelled.cancellationReasons(), 0)) {
                throw new TransientFailureException("Inventory release was cancelled: " + cancelled.cancellationReasons(), cancelled);
            }
        }
    }

    /** Sets the stock of {@code sku}; for seeding the local platform and tests. */
    public void stock(String sku, long available) {
        dynamoDb.putItem(r -> r.tableName(table).item(stockRow(sku, available)));
    }

    /**
     * Sets the stock of {@code sku} unless it has a row already, which is left as it is.
     *
     * @return whether the stock was set
     */
    public boolean stockUnlessStocked(String sku, long available) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(stockRow(sku, available))
                    .conditionExpression("attribute_not_exists(" + SKU + ")"));
            return true;
        } catch (ConditionalCheckFailedException alreadyStocked) {
            return false;
        }
    }

    public OptionalLong available(String sku) {
        var item = dynamoDb.getItem(r -> r.tableName(table).key(key(sku)).consistentRead(true)).item();
        return item == null || !item.containsKey(AVAILABLE) ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(item.get(AVAILABLE).n()));
    }

    public boolean isReserved(String orderId) {
        var item = dynamoDb.getItem(r -> r.tableName(table)
                .key(key(MARKER_PREFIX + orderId)).consistentRead(true)).item();
        return item != null && !item.isEmpty();
    }

    private static Map<String, AttributeValue> key(String sku) {
        return Map.of(SKU, AttributeValue.fromS(sku));
    }

    private static Map<String, AttributeValue> stockRow(String sku, long available) {
        return Map.of(SKU, AttributeValue.fromS(sku), AVAILABLE, AttributeValue.fromN(Long.toString(available)));
    }

    private static boolean failedCondition(List<CancellationReason> reasons, int index) {
        return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }
}
