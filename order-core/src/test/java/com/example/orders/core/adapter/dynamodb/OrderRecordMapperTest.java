package com.example.orders.core.adapter.dynamodb;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.order.Order;
import org.junit.jupiter.api.Test;

class OrderRecordMapperTest {

    private static final OrderRecordMapper MAPPER = OrderRecordMapper.INSTANCE;

    @Test
    void orderSurvivesTheRoundTripThroughItsRecord() {
        Order order = anOrder().failedBecause("Out of stock").build();
        assertThat(MAPPER.toDomain(MAPPER.toRecord(order))).isEqualTo(order);
    }

    @Test
    void amountsAreStoredAsExactDecimalStrings() {
        OrderRecord record = MAPPER.toRecord(anOrder().build());
        assertThat(record.getLines().get(1).getLineTotal()).isEqualTo("25.00");
    }

    @Test
    void createdAtIsStoredInTheSortableFormat() {
        OrderRecord record = MAPPER.toRecord(anOrder().createdAt(java.time.Instant.parse("2026-11-24T10:15:30Z")).build());
        assertThat(record.getCreatedAt()).isEqualTo("2026-11-24T10:15:30.000Z");
    }
}
