package com.example.orders.core.order.create;

import com.example.orders.core.order.Order;

/** The order a create request stands for, and whether this request made it or replayed it. */
public record CreationResult(Order order, boolean replayed) {
}
