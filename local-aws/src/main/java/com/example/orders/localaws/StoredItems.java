package com.example.orders.localaws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every item in the platform's tables at one moment, for tests that must show that something
 * wrote nothing: two snapshots are equal when no item was added, changed or removed.
 */
public record StoredItems(Map<String, List<Map<String, AttributeValue>>> byTable) {

    public static StoredItems of(LocalAws aws, PlatformResources resources) {
        var byTable = new LinkedHashMap<String, List<Map<String, AttributeValue>>>();
        for (String table : List.of(resources.ordersTable(), resources.idempotencyTable(), resources.paymentsTable(),
                resources.inventoryTable())) {
            byTable.put(table, aws.dynamoDb().scanPaginator(request -> request.tableName(table).consistentRead(true))
                    .items().stream().toList());
        }
        return new StoredItems(Map.copyOf(byTable));
    }
}
