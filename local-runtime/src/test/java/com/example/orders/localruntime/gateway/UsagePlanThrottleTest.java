package com.example.orders.localruntime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsagePlanThrottleTest {

    private final UsagePlanThrottle throttle = new UsagePlanThrottle(new UsagePlan(1, 1), () -> 0L);

    @Test
    void a_key_that_used_its_burst_waits() {
        throttle.admit("key-a");

        assertThat(throttle.admit("key-a")).isPresent();
    }

    @Test
    void another_key_is_not_held_back_by_the_first() {
        throttle.admit("key-a");

        assertThat(throttle.admit("key-b")).isEmpty();
    }
}
