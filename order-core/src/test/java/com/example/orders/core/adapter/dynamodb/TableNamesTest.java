package com.example.orders.core.adapter.dynamodb;

import com.example.orders.localaws.IndexDefinition;
import com.example.orders.localaws.ResourceDefinitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The attribute names the code uses are the ones the tables are defined with. */
class TableNamesTest {

    @Test
    void partitionKeyIsTheDefinedOne() {
        assertThat(ResourceDefinitions.ORDERS.partitionKey().name()).isEqualTo(OrdersTable.ORDER_ID);
    }

    @Test
    void sortKeyIsTheDefinedOne() {
        assertThat(ResourceDefinitions.ORDERS.sortKey().name()).isEqualTo(OrdersTable.CREATED_AT);
    }

    @Test
    void statusIndexIsTheDefinedOne() {
        IndexDefinition index = ResourceDefinitions.ORDERS.globalIndexes().getFirst();
        assertThat(index.indexName()).isEqualTo(OrdersTable.STATUS_INDEX);
        assertThat(index.partitionKey().name()).isEqualTo(OrdersTable.STATUS);
        assertThat(index.sortKey().name()).isEqualTo(OrdersTable.CREATED_AT);
    }

    @Test
    void idempotencyKeyIsTheDefinedPartitionKey() {
        assertThat(ResourceDefinitions.IDEMPOTENCY_KEYS.partitionKey().name()).isEqualTo(IdempotencyTable.KEY);
    }

    @Test
    void idempotencyRecordsExpireThroughTheDefinedTtlAttribute() {
        assertThat(ResourceDefinitions.IDEMPOTENCY_KEYS.ttlAttribute()).isEqualTo(IdempotencyTable.EXPIRES_AT);
    }
}
