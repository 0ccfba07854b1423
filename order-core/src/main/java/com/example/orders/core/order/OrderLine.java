package com.example.orders.core.order;

import java.math.BigDecimal;

/** One priced line of an order: {@code lineTotal = unitPrice * quantity}, exactly. */
public record OrderLine(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
}
