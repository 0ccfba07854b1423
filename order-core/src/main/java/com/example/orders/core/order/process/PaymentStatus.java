package com.example.orders.core.order.process;

/** Where an order's payment is: attempted, charged, declined, or refunded after a charge. */
public enum PaymentStatus {
    ATTEMPTING,
    CHARGED,
    DECLINED,
    REFUNDED
}
