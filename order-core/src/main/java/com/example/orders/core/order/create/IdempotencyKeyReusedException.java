package com.example.orders.core.order.create;

/** The Idempotency-Key already created an order from a different request; becomes a 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used with a different request body.");
    }
}
