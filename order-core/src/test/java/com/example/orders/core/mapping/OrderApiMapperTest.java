package com.example.orders.core.mapping;

import static com.example.orders.core.fixtures.CreateOrderRequestBuilder.aCreateOrderRequest;
import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.order.OrderDraft;
import com.example.orders.core.order.OrderStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OrderApiMapperTest {

    private static final OrderApiMapper MAPPER = OrderApiMapper.INSTANCE;

    @Test
    void requestItemsBecomeDraftLinesWithDecimalPrices() {
        OrderDraft draft = MAPPER.toDraft(aCreateOrderRequest().build());
        assertThat(draft.lines()).containsExactly(new OrderDraft.Line("BOOK-0001", "A book", 1, new BigDecimal("39.99")));
    }

    @Test
    void requestCustomerKeepsItsContactDetails() {
        OrderDraft draft = MAPPER.toDraft(aCreateOrderRequest().build());
        assertThat(draft.customer().email()).isEqualTo("ada@example.com");
    }

    @Test
    void responseAmountsAreStringsWithTheCurrencysDigits() {
        var api = MAPPER.toApi(anOrder().build());
        assertThat(api.getItems()).extracting(com.example.orders.api.model.OrderLine::getLineTotal)
                .containsExactly("39.99", "25.00");
    }

    @Test
    void responseTimestampsAreUtc() {
        var api = MAPPER.toApi(anOrder().build());
        assertThat(api.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-24T10:15:30.123Z"));
    }

    @Test
    void failureReasonIsCarriedForFailedOrders() {
        var api = MAPPER.toApi(anOrder().failedBecause("Payment declined").build());
        assertThat(api.getStatus()).isEqualTo(com.example.orders.api.model.OrderStatus.FAILED);
        assertThat(api.getFailureReason()).isEqualTo("Payment declined");
    }

    @Test
    void everyDomainStatusHasAContractStatus() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(com.example.orders.api.model.OrderStatus.fromValue(status.name())).isNotNull();
        }
    }
}
