package com.example.orders.order.notify;

import com.example.orders.core.adapter.dynamodb.IdempotencyTable;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Who already notified about which event on which channel, in the idempotency table. SNS
 * delivers at least once, so a notification is claimed with a conditional write before it is
 * sent, and the claim is released if sending fails so the retried delivery can send.
 *
 * <p>Claim items hold only the key and {@code expiresAt}. They never meet
 * {@code IdempotencyKeys.find}, which expects the request attributes too: their keys contain
 * {@code #}, which no Idempotency-Key a client may send can contain.
 */
final class NotificationClaims {

    /** Longer than SNS keeps retrying a delivery; afterwards the table's TTL removes the claim. */
    static final Duration RETENTION = Duration.ofDays(7);

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final Clock clock;

    NotificationClaims(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.clock = clock;
    }

    static String key(String eventId, Channel channel) {
        return "notification#" + eventId + "#" + channel.name();
    }

    /**
     * Claims the notification about {@code eventId} on {@code channel}; false if a live claim
     * exists. An expired claim still waiting for TTL (which deletes within days, not at once)
     * counts as absent, as the order idempotency records do.
     */
    boolean claim(String eventId, Channel channel) {
        long now = clock.instant().getEpochSecond();
        try {
            dynamoDb.putItem(request -> request
                    .tableName(tableName)
                    .item(Map.of(
                            IdempotencyTable.KEY, AttributeValue.fromS(key(eventId, channel)),
                            IdempotencyTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(now + RETENTION.toSeconds()))))
                    .conditionExpression("attribute_not_exists(#key) OR #expires <= :now")
                    .expressionAttributeNames(Map.of("#key", IdempotencyTable.KEY, "#expires", IdempotencyTable.EXPIRES_AT))
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(now)))));
            return true;
        } catch (ConditionalCheckFailedException claimed) {
            return false;
        }
    }

    void release(String eventId, Channel channel) {
        dynamoDb.deleteItem(request -> request
                .tableName(tableName)
                .key(Map.of(IdempotencyTable.KEY, AttributeValue.fromS(key(eventId, channel)))));
    }
}
