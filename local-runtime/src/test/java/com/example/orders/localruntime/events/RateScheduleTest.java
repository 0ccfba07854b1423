package com.example.orders.localruntime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void aRateInMinutesIsThatManyMinutes() {
        assertThat(RateSchedule.interval("rate(5 minutes)")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aRateOfOneTakesTheSingularUnit() {
        assertThat(RateSchedule.interval("rate(1 hour)")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aCronExpressionIsNotARate() {
        assertThatThrownBy(() -> RateSchedule.interval("cron(0 12 * * ? *)")).isInstanceOf(IllegalArgumentException.class);
    }
}
