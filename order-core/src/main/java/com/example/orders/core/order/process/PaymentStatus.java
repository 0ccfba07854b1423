package com.example.orders.core.order.process;

/**
 * Where an order's payment is: attempted, charged, declined, refunded after a charge, or
 * cancelled before any charge was made (an order given up on is never charged afterwards).
 */
public enum PaymentStatus {
    ATTEMPTING,
    CHARGED,
    DECLINED,
    REFUNDED,
    CANCELLED
}
