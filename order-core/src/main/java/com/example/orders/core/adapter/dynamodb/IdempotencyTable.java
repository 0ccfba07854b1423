package com.example.orders.core.adapter.dynamodb;

import com.example.orders.definitions.ResourceDefinitions;

/** The idempotency-keys table as the code sees it: its key and time to live from its definition. */
public final class IdempotencyTable {

    public static final String KEY = ResourceDefinitions.IDEMPOTENCY_KEYS.partitionKey().name();
    public static final String FINGERPRINT = "requestFingerprint";
    public static final String ORDER_ID = "orderId";
    public static final String EXPIRES_AT = ResourceDefinitions.IDEMPOTENCY_KEYS.ttlAttribute();

    private IdempotencyTable() {
    }
}
