package com.example.orders.core.order.reconcile;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import java.time.Instant;
import java.util.List;

/** Where the reconciler finds orders that stopped moving: the order store's status index. */
public interface StalledOrders {

    /** Up to {@code limit} orders in {@code status} last changed before {@code cutoff}, the first created first. */
    List<Order> stalledSince(OrderStatus status, Instant cutoff, int limit);
}
