package com.example.orders.core.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount in a currency, always carried with the currency's number of minor-unit
 * digits. Money never passes through floating point.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("An amount cannot be negative: " + amount.toPlainString());
        }
        if (!fitsMinorUnits(amount, currency)) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more fraction digits than "
                    + currency.code() + " allows");
        }
        // Scaling up never changes the value, so this is exact.
        amount = amount.setScale(currency.minorUnits());
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** True when {@code amount} needs no more fraction digits than the currency's minor unit. */
    public static boolean fitsMinorUnits(BigDecimal amount, Currency currency) {
        return amount.stripTrailingZeros().scale() <= currency.minorUnits();
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }
}
