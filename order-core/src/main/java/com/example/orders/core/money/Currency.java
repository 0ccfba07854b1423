package com.example.orders.core.money;

import com.example.orders.api.model.CurrencyCode;
import java.util.Optional;
import java.util.Set;

/**
 * A currency orders are priced in: one of the contract's {@code CurrencyCode}s, with its ISO 4217
 * minor units as the contract's description lists them (none, three, else two). These are the
 * platform's own, not the JDK's currency data, which differs between runtime updates.
 */
public record Currency(String code, int minorUnits) {

    /** The contract's currencies without minor units. */
    static final Set<String> NO_MINOR_UNITS = Set.of("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
            "UGX", "VND", "VUV", "XAF", "XOF", "XPF");
    /** The contract's currencies with three minor units. */
    static final Set<String> THREE_MINOR_UNITS = Set.of("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND");

    /** The currency of an ISO 4217 code the contract lists, or empty for any other code. */
    public static Optional<Currency> of(String code) {
        try {
            return Optional.of(of(CurrencyCode.fromValue(code)));
        } catch (IllegalArgumentException notListed) {
            return Optional.empty();
        }
    }

    public static Currency of(CurrencyCode code) {
        String value = code.getValue();
        int minorUnits = NO_MINOR_UNITS.contains(value) ? 0 : THREE_MINOR_UNITS.contains(value) ? 3 : 2;
        return new Currency(value, minorUnits);
    }

    @Override
    public String toString() {
        return code;
    }
}
