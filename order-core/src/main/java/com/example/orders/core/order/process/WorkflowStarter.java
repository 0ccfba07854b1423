package com.example.orders.core.order.process;

import com.example.orders.core.order.Order;

/** Hands an order to the Step Functions workflow; starting the same order twice starts it once. */
public interface WorkflowStarter {

    void start(Order order);
}
