package com.example.orders.core.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Reads the Idempotency-Keys that created orders; they are written with the order, atomically. */
public final class IdempotencyKeys {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public IdempotencyKeys(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    String tableName() {
        return tableName;
    }

    /** The live record of {@code key}, read consistently; expired records count as absent. */
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

    static Map<String, AttributeValue> item(IdempotencyRecord record) {
        return Map.of(
                IdempotencyTable.KEY, AttributeValue.fromS(record.key()),
                IdempotencyTable.FINGERPRINT, AttributeValue.fromS(record.requestFingerprint()),
                IdempotencyTable.ORDER_ID, AttributeValue.fromS(record.orderId()),
                IdempotencyTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(record.expiresAt().getEpochSecond())));
    }
}
