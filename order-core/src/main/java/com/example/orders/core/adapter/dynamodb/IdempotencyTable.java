package com.example.orders.core.adapter.dynamodb;

/** The idempotency-keys table as the code sees it; checked against local-aws's definition. */
public final class IdempotencyTable {

    public static final String KEY = "idempotencyKey";
    public static final String FINGERPRINT = "requestFingerprint";
    public static final String ORDER_ID = "orderId";
    public static final String EXPIRES_AT = "expiresAt";

    private IdempotencyTable() {
    }
}
