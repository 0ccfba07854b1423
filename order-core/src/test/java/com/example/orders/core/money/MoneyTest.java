package com.example.orders.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.of("EUR").orElseThrow();

    @Test
    void addingDifferentCurrenciesIsRefused() {
        assertThatThrownBy(() -> Money.zero(EUR).plus(Money.zero(Currency.of("USD").orElseThrow())))
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
    void anAmountInACurrencyWithThreeMinorUnitsCarriesThree() {
        assertThat(Money.of(new BigDecimal("1.5"), Currency.of("KWD").orElseThrow()).amount().toPlainString()).isEqualTo("1.500");
    }

    @Test
    void trailingZerosBeyondMinorUnitsStillFit() {
        assertThat(Money.fitsMinorUnits(new BigDecimal("5.000"), Currency.of("JPY").orElseThrow())).isTrue();
    }
}
