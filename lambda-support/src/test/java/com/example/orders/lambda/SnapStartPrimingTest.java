package com.example.orders.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void theSnapshotHookPrimesTheFunction() {
        var primings = new AtomicInteger();
        SnapStartPriming.register("order-test", primings::incrementAndGet).beforeCheckpoint(null);
        assertThat(primings).hasValue(1);
    }

    /** An unprimed snapshot is slower on its first request; a failed one fails the deployment. */
    @Test
    void aFailedPrimingStillLetsTheSnapshotBeTaken() {
        SnapStartPriming priming = SnapStartPriming.register("order-test", () -> {
            throw new IllegalStateException("Priming GET /orders answered 500");
        });
        assertThatCode(() -> priming.beforeCheckpoint(null)).doesNotThrowAnyException();
    }
}
