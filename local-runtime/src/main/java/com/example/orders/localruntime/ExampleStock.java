package com.example.orders.localruntime;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.List;
import java.util.Map;

/**
 * The stock the local inventory starts with: enough of every SKU in the contract's example order
 * that the printed create command leads to a COMPLETED order, many times over, and a scarce SKU
 * with which one order can run out of stock (4 of {@code LAMP-0003}).
 */
public final class ExampleStock {

    public static final List<StockLevel> LEVELS = List.of(
            new StockLevel("BOOK-0001", 1000),
            new StockLevel("PEN-0042", 1000),
            new StockLevel("LAMP-0003", 3));

    private ExampleStock() {
    }

    /** Puts each level into {@code inventoryTable}, leaving SKUs that already exist (kept in a data directory) as they are. */
    public static void seed(DynamoDbClient dynamoDb, String inventoryTable) {
        for (StockLevel level : LEVELS) {
            try {
                dynamoDb.putItem(request -> request.tableName(inventoryTable)
                        .item(Map.of(
                                "sku", AttributeValue.fromS(level.sku()),
                                "available", AttributeValue.fromN(Long.toString(level.available()))))
                        .conditionExpression("attribute_not_exists(sku)"));
            } catch (ConditionalCheckFailedException alreadyStocked) {
                // Stock left by an earlier run is the truth now; resetting it would hide what orders did.
            }
        }
    }
}
