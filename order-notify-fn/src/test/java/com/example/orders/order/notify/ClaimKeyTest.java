package com.example.orders.order.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClaimKeyTest {

    /** The Idempotency-Key pattern of the API contract (openapi/orders.yaml). */
    private static final Pattern CLIENT_IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9_.:-]{8,128}$");

    @Test
    void claimKeyNamesTheEventAndChannel() {
        assertThat(NotificationClaims.key("0b8e2a8c-3f5d-4c1e-9a47-6f2d1c0e9b11:2", Channel.SMS))
                .isEqualTo("notification#0b8e2a8c-3f5d-4c1e-9a47-6f2d1c0e9b11:2#SMS");
    }

    @Test
    void claimKeyCanNeverBeAClientsIdempotencyKey() {
        assertThat(NotificationClaims.key("0b8e2a8c-3f5d-4c1e-9a47-6f2d1c0e9b11:2", Channel.EMAIL))
                .doesNotMatch(CLIENT_IDEMPOTENCY_KEY);
    }
}
