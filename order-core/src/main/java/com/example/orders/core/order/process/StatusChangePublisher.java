package com.example.orders.core.order.process;

import com.example.orders.core.events.OrderStatusChanged;

/** Where status changes go (the order-notifications topic in AWS). */
public interface StatusChangePublisher {

    void publish(OrderStatusChanged event);
}
