package com.example.orders.core.order.process;

/** The outcome of reserving an order's stock. */
public sealed interface Reservation {

    /** Every line is reserved (now, or by an earlier delivery of the same order). */
    record Reserved() implements Reservation {
    }

    /** This SKU has less available than the order needs; nothing was reserved. */
    record OutOfStock(String sku) implements Reservation {
    }
}
