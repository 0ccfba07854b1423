package com.example.orders.order.notify;

/** A way of reaching the customer; its name is the metrics' {@code Channel} dimension and part of the claim key. */
public enum Channel {
    EMAIL,
    SMS
}
