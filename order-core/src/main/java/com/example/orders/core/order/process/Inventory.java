package com.example.orders.core.order.process;

import com.example.orders.core.order.Order;

/** The stock, as processing needs it: reserve an order's lines, all or none, once. */
public interface Inventory {

    /** Reserves every line of the order, or none when one is out of stock; a second reservation of the same order reserves nothing more. */
    Reservation reserve(Order order);

    /** Gives back what the order reserved, once; nothing happens when it reserved nothing or was released already. */
    void release(Order order);
}
