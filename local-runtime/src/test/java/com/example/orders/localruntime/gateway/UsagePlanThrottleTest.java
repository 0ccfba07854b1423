package com.example.orders.localruntime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsagePlanThrottleTest {

    private final UsagePlanThrottle throttle = new UsagePlanThrottle(new UsagePlan(1, 1), () -> 0L);

    @Test
    void aKeyThatUsedItsBurstWaits() {
        throttle.admit("key-a");

        assertThat(throttle.admit("key-a")).isPresent();
    }

    @Test
    void anotherKeyIsNotHeldBackByTheFirst() {
        throttle.admit("key-a");

        assertThat(throttle.admit("key-b")).isEmpty();
    }
}
