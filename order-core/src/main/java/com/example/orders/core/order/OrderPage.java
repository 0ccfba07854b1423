package com.example.orders.core.order;

import java.util.List;

/** One page of a listing; {@code nextToken} is null on the last page. */
public record OrderPage(List<Order> orders, String nextToken) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
