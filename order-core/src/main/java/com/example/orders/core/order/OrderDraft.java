package com.example.orders.core.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order as a client asked for it, before it is priced and given an id. Amounts are
 * already exact decimals; the currency is still the client's code, checked by {@link OrderPricing}.
 */
public record OrderDraft(Customer customer, List<Line> lines, String currency, ShippingAddress shippingAddress) {

    public OrderDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One requested line. */
    public record Line(String sku, String name, int quantity, BigDecimal unitPrice) {
    }
}
