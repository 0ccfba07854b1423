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
    private Runnable afterReserving = () -> { };

    /** Runs {@code interruption} right after each reservation, as a concurrent delivery would. */
    public FakeInventory afterReserving(Runnable interruption) {
        afterReserving = interruption;
        return this;
    }

    public FakeInventory stock(String sku, long units) {
        available.put(sku, units);
        return this;
    }

    @Override
    public Reservation reserve(Order order) {
        Reservation reservation = reserveOnce(order);
        afterReserving.run();
        return reservation;
    }

    private synchronized Reservation reserveOnce(Order order) {
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

    @Override
    public synchronized void release(Order order) {
        if (reserved.remove(order.orderId())) {
            order.lines().forEach(line -> available.merge(line.sku(), (long) line.quantity(), Long::sum));
        }
    }

    public long available(String sku) {
        return available.getOrDefault(sku, 0L);
    }
}
