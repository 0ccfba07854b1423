package com.example.orders.core.order;

import static com.example.orders.core.fixtures.DraftBuilder.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123Z");

    private static Order price(OrderDraft draft) {
        return OrderPricing.price(draft, "id-1", NOW, "corr-1");
    }

    @Test
    void lineTotalsAreExactWhereBinaryFloatingPointIsNot() {
        Order order = price(aDraft().withLine("A", 3, "0.10").build());
        assertThat(order.lines().getFirst().lineTotal().amount().toPlainString()).isEqualTo("0.30");
    }

    @Test
    void totalIsTheSumOfLineTotals() {
        Order order = price(aDraft().withLine("A", 1, "39.99").withLine("B", 2, "12.5").build());
        assertThat(order.total().amount().toPlainString()).isEqualTo("64.99");
    }

    @Test
    void amountsCarryTheCurrencysMinorUnitDigits() {
        Order order = price(aDraft().withLine("A", 2, "12.5").build());
        assertThat(order.lines().getFirst().unitPrice().amount().toPlainString()).isEqualTo("12.50");
    }

    @Test
    void currencyWithoutMinorUnitsHasNoFractionDigits() {
        Order order = price(aDraft().inCurrency("JPY").withLine("A", 3, "500").build());
        assertThat(order.total().amount().toPlainString()).isEqualTo("1500");
    }

    @Test
    void priceWithMoreDigitsThanTheCurrencyAllowsIsRejected() {
        assertThatThrownBy(() -> price(aDraft().inCurrency("JPY").withLine("A", 1, "500.5").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("items[0].unitPrice"));
    }

    @Test
    void unknownCurrencyIsRejected() {
        assertThatThrownBy(() -> price(aDraft().inCurrency("ZZZ").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("currency"));
    }

    @Test
    void currencyWithoutMinorUnitsDefinedIsRejected() {
        assertThatThrownBy(() -> price(aDraft().inCurrency("XAU").build()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void repeatedSkuIsRejected() {
        assertThatThrownBy(() -> price(aDraft().withLine("A", 1, "1").withLine("A", 2, "1").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("items[1].sku"));
    }

    @Test
    void totalBeyondWhatTheContractCarriesIsRejected() {
        assertThatThrownBy(() -> price(aDraft().withLine("A", 1000, "9999999999.99").build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("items"));
    }

    @Test
    void newOrderIsPendingAtVersionOne() {
        Order order = price(aDraft().build());
        assertThat(order).extracting(Order::status, Order::version, Order::createdAt)
                .containsExactly(OrderStatus.PENDING, 1L, NOW);
    }
}
