package com.example.orders.core.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void addingDifferentCurrenciesIsRefused() {
        assertThatThrownBy(() -> Money.zero(EUR).plus(Money.zero(Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeAmountIsRefused() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("-0.01"), EUR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountIsScaledToTheCurrencysDigitsNeverScientific() {
        assertThat(Money.of(new BigDecimal("1E+3"), EUR).amount().toPlainString()).isEqualTo("1000.00");
    }

    @Test
    void trailingZerosBeyondMinorUnitsStillFit() {
        assertThat(Money.fitsMinorUnits(new BigDecimal("5.000"), Currency.getInstance("JPY"))).isTrue();
    }
}
