package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.process.PaymentStatus;

/** An order's row in the payments table. */
public record PaymentRecord(String orderId, PaymentStatus status, String amount, String currency, long attempts) {
}
