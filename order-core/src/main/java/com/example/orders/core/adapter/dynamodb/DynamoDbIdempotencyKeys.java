package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderAlreadyExistsException;
import com.example.orders.core.order.create.IdempotencyKeyTakenException;
import com.example.orders.core.order.create.IdempotencyKeys;
import com.example.orders.core.order.create.IdempotencyRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The Idempotency-Keys that created orders, in their own table, each written in one transaction
 * with its order into the orders table.
 */
public final class DynamoDbIdempotencyKeys implements IdempotencyKeys {

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final String ordersTable;
    private final Clock clock;

    public DynamoDbIdempotencyKeys(DynamoDbClient dynamoDb, String tableName, String ordersTable, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.ordersTable = ordersTable;
        this.clock = clock;
    }

    /** The live record of {@code key}, read consistently; expired records count as absent. */
    @Override
    public Optional<IdempotencyRecord> find(String key, Instant now) {
        GetItemResponse response = dynamoDb.getItem(request -> request
                .tableName(tableName)
                .key(Map.of(IdempotencyTable.KEY, AttributeValue.fromS(key)))
                .consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        var record = new IdempotencyRecord(
                item.get(IdempotencyTable.KEY).s(),
                item.get(IdempotencyTable.FINGERPRINT).s(),
                item.get(IdempotencyTable.ORDER_ID).s(),
                Instant.ofEpochSecond(Long.parseLong(item.get(IdempotencyTable.EXPIRES_AT).n())));
        return record.isLiveAt(now) ? Optional.of(record) : Optional.empty();
    }

    /**
     * Stores a new order and the Idempotency-Key that asked for it in one transaction: both or
     * neither. The key may be taken over only once its earlier record expired.
     *
     * @throws IdempotencyKeyTakenException when a live record of the key exists (a concurrent twin)
     */
    @Override
    public void createWithKey(Order order, IdempotencyRecord claim) {
        try {
            RetriedWrite.run("Storing order " + order.orderId() + " with its Idempotency-Key", () -> dynamoDb.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(Put.builder()
                            .tableName(ordersTable)
                            .item(OrderItem.of(order))
                            .conditionExpression("attribute_not_exists(#id)")
                            .expressionAttributeNames(Map.of("#id", OrdersTable.ORDER_ID))
                            .build()).build(),
                    TransactWriteItem.builder().put(Put.builder()
                            .tableName(tableName)
                            .item(item(claim))
                            .conditionExpression("attribute_not_exists(#key) OR #expires <= :now")
                            .expressionAttributeNames(Map.of("#key", IdempotencyTable.KEY,
                                    "#expires", IdempotencyTable.EXPIRES_AT))
                            .expressionAttributeValues(Map.of(":now",
                                    AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond()))))
                            .build()).build())
                    .build()));
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

    private static Map<String, AttributeValue> item(IdempotencyRecord record) {
        return Map.of(
                IdempotencyTable.KEY, AttributeValue.fromS(record.key()),
                IdempotencyTable.FINGERPRINT, AttributeValue.fromS(record.requestFingerprint()),
                IdempotencyTable.ORDER_ID, AttributeValue.fromS(record.orderId()),
                IdempotencyTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(record.expiresAt().getEpochSecond())));
    }
}
