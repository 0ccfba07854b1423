package com.example.orders.localruntime.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The local pipe is the messaging stack's, read from the assembled template it deploys. */
class PipeDefinitionTest {

    private final PipeDefinition newOrders = PipeDefinition.newOrders();

    @Test
    void newOrdersStartsAtTheOldestRecordAsTheTemplateSays() {
        assertThat(newOrders.startingPosition()).isEqualTo(PipeDefinition.StartingPosition.TRIM_HORIZON);
    }

    @Test
    void newOrdersRetriesAndAgeAreTheTemplates() {
        assertThat(newOrders.maximumRetryAttempts()).isEqualTo(10);
        assertThat(newOrders.maximumRecordAge()).contains(Duration.ofHours(1));
    }

    @Test
    void aRecordIsGivenUpOnOnlyPastTheRetryLimit() {
        assertThat(newOrders.givesUp(10, Duration.ZERO)).isFalse();
        assertThat(newOrders.givesUp(11, Duration.ZERO)).isTrue();
    }

    @Test
    void aRecordIsGivenUpOnOncePastTheAgeLimit() {
        assertThat(newOrders.givesUp(1, Duration.ofMinutes(60))).isFalse();
        assertThat(newOrders.givesUp(1, Duration.ofMinutes(61))).isTrue();
    }

    @Test
    void withoutLimitsARecordIsNeverGivenUpOn() {
        var unlimited = new PipeDefinition(newOrders.filter(), newOrders.template(),
                PipeDefinition.StartingPosition.TRIM_HORIZON, -1, Optional.empty());
        assertThat(unlimited.givesUp(10_000, Duration.ofDays(1))).isFalse();
    }
}
