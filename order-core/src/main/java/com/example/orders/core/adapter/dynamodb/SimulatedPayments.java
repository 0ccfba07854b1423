package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.process.PaymentStatus;
import com.example.orders.core.order.process.Payments;
import com.example.orders.core.order.process.TransientFailureException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * A payment provider stand-in that keeps its ledger in the payments table, one row per order.
 * Charging is idempotent per order: every state change is conditional on the row's state, so a
 * redelivered or concurrent message finds the order already charged and charges nothing.
 */
public final class SimulatedPayments implements Payments {

    /** The payment row's attributes that {@link #charge} reads back. */
    static final String STATUS = "status";
    static final String ATTEMPTS = "attempts";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;

    public SimulatedPayments(DynamoDbClient dynamoDb, String table, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
    }

    /**
     * Charges the order's total once.
     *
     * @return CHARGED (now or before), DECLINED, or REFUNDED when it was charged and compensated
     * @throws TransientFailureException when the provider "times out"; retrying may succeed
     */
    @Override
    public PaymentStatus charge(Order order) {
        Map<String, AttributeValue> row = dynamoDb.updateItem(r -> r.tableName(table)
                .key(key(order.orderId()))
                .updateExpression("SET #status = if_not_exists(#status, :attempting), #amount = :amount, "
                        + "#currency = :currency ADD #attempts :one")
                .expressionAttributeNames(Map.of("#status", STATUS, "#amount", "amount",
                        "#currency", "currency", "#attempts", ATTEMPTS))
                .expressionAttributeValues(Map.of(
                        ":attempting", AttributeValue.fromS(PaymentStatus.ATTEMPTING.name()),
                        ":amount", AttributeValue.fromS(order.total().amount().toPlainString()),
                        ":currency", AttributeValue.fromS(order.currency().code()),
                        ":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        PaymentStatus status = PaymentStatus.valueOf(row.get(STATUS).s());
        if (status != PaymentStatus.ATTEMPTING) {
            return status;
        }
        String customerId = order.customer().customerId();
        long attempt = Long.parseLong(row.get(ATTEMPTS).n());
        if (SimulationRules.declines(customerId)) {
            return settle(order.orderId(), PaymentStatus.DECLINED, "declinedAt");
        }
        if (SimulationRules.timesOut(customerId, attempt)) {
            throw new TransientFailureException("Payment provider timed out (attempt " + attempt + ")");
        }
        return settle(order.orderId(), PaymentStatus.CHARGED, "chargedAt");
    }

    /** Refunds a charged order; refunding twice, or an order never charged, does nothing. */
    @Override
    public void refund(String orderId) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table)
                    .key(key(orderId))
                    .updateExpression("SET #status = :refunded, #refundedAt = :now")
                    .conditionExpression("#status = :charged")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#refundedAt", "refundedAt"))
                    .expressionAttributeValues(Map.of(
                            ":refunded", AttributeValue.fromS(PaymentStatus.REFUNDED.name()),
                            ":charged", AttributeValue.fromS(PaymentStatus.CHARGED.name()),
                            ":now", AttributeValue.fromS(clock.instant().toString()))));
        } catch (ConditionalCheckFailedException notCharged) {
            // Already refunded, or never charged: nothing to give back.
        }
    }

    /**
     * Cancels the order's payment: a row not yet charged (or no row at all) becomes CANCELLED,
     * which a later {@link #charge} finds and answers with; a charged one is refunded.
     */
    @Override
    public void cancel(String orderId) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table)
                    .key(key(orderId))
                    .updateExpression("SET #status = :cancelled, #cancelledAt = :now")
                    .conditionExpression("attribute_not_exists(#status) OR #status = :attempting")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#cancelledAt", "cancelledAt"))
                    .expressionAttributeValues(Map.of(
                            ":cancelled", AttributeValue.fromS(PaymentStatus.CANCELLED.name()),
                            ":attempting", AttributeValue.fromS(PaymentStatus.ATTEMPTING.name()),
                            ":now", AttributeValue.fromS(clock.instant().toString()))));
        } catch (ConditionalCheckFailedException settled) {
            refund(orderId);
        }
    }

    public Optional<PaymentRecord> find(String orderId) {
        var item = dynamoDb.getItem(r -> r.tableName(table).key(key(orderId)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        // A payment cancelled before any attempt has no amount and no attempts.
        return Optional.of(new PaymentRecord(orderId, PaymentStatus.valueOf(item.get(STATUS).s()),
                text(item, "amount"), text(item, "currency"),
                item.containsKey(ATTEMPTS) ? Long.parseLong(item.get(ATTEMPTS).n()) : 0));
    }

    /** Moves ATTEMPTING to a final state; a concurrent attempt that got there first wins. */
    private PaymentStatus settle(String orderId, PaymentStatus outcome, String timestampAttribute) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table)
                    .key(key(orderId))
                    .updateExpression("SET #status = :outcome, #at = :now")
                    .conditionExpression("#status = :attempting")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#at", timestampAttribute))
                    .expressionAttributeValues(Map.of(
                            ":outcome", AttributeValue.fromS(outcome.name()),
                            ":attempting", AttributeValue.fromS(PaymentStatus.ATTEMPTING.name()),
                            ":now", AttributeValue.fromS(clock.instant().toString()))));
            return outcome;
        } catch (ConditionalCheckFailedException settledMeanwhile) {
            return find(orderId).map(PaymentRecord::status).orElseThrow();
        }
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        return item.containsKey(attribute) ? item.get(attribute).s() : null;
    }

    private static Map<String, AttributeValue> key(String orderId) {
        return Map.of("orderId", AttributeValue.fromS(orderId));
    }
}
