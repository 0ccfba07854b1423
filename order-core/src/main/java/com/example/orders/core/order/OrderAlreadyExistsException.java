package com.example.orders.core.order;

/** An order with this id is already stored; the create wrote nothing. */
public class OrderAlreadyExistsException extends RuntimeException {

    public OrderAlreadyExistsException(String orderId) {
        super("Order " + orderId + " already exists");
    }
}
