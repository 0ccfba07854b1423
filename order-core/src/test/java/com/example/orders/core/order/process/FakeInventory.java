package com.example.orders.core.order.process;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderLine;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stock in a map, for unit tests: reserves all lines of an order or none, once per order. */
public final class FakeInventory implements Inventory {

    private final Map<String, Long> available = new ConcurrentHashMap<>();
    private final Set<String> reserved = new HashSet<>();

    public FakeInventory stock(String sku, long units) {
        available.put(sku, units);
        return this;
    }

    @Override
    public synchronized Reservation reserve(Order order) {
        if (reserved.contains(order.orderId())) {
            return new Reservation.Reserved();
        }
        for (OrderLine line : order.lines()) {
            if (available.getOrDefault(line.sku(), 0L) < line.quantity()) {
                return new Reservation.OutOfStock(line.sku());
            }
        }
        order.lines().forEach(line -> available.merge(line.sku(), (long) -line.quantity(), Long::sum));
        reserved.add(order.orderId());
        return new Reservation.Reserved();
    }

    public long available(String sku) {
        return available.getOrDefault(sku, 0L);
    }
}
