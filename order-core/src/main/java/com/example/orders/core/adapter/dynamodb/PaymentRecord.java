package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.process.PaymentStatus;

/** An order's row in the payments table; no amount or currency when it was cancelled before any attempt. */
public record PaymentRecord(String orderId, PaymentStatus status, String amount, String currency, long attempts) {
}
