package com.example.orders.core.order.create;

/** Another request claimed this Idempotency-Key first; this create wrote nothing. */
public class IdempotencyKeyTakenException extends RuntimeException {

    public IdempotencyKeyTakenException(String key) {
        super("Idempotency key already claimed");
    }
}
