package com.example.orders.localruntime;

/** How many of one SKU the inventory holds: an item of the inventory table. */
public record StockLevel(String sku, long available) {
}
