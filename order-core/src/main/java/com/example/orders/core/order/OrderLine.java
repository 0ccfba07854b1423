package com.example.orders.core.order;

import com.example.orders.core.money.Money;

/** One priced line of an order: {@code lineTotal = unitPrice * quantity}, exactly, in the order's currency. */
public record OrderLine(String sku, String name, int quantity, Money unitPrice, Money lineTotal) {
}
