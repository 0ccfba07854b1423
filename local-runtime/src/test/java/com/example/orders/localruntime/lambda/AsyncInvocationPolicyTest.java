package com.example.orders.localruntime.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.localruntime.templates.BundledTemplates;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Lambda's asynchronous retries for the notifier, as the functions stack sets them. */
class AsyncInvocationPolicyTest {

    private final AsyncInvocationPolicy notifier =
            AsyncInvocationPolicy.of(BundledTemplates.resourceProperties("functions.yaml", "NotifyCustomerInvokeConfig"));

    @Test
    void theNotifiersPolicyIsItsInvokeConfigs() {
        assertThat(notifier).isEqualTo(new AsyncInvocationPolicy(2, Duration.ofHours(1), true));
    }

    @Test
    void anEventIsTriedOnceAndRetriedTwice() {
        assertThat(notifier.givesUp(2, Duration.ZERO)).isEmpty();
        assertThat(notifier.givesUp(3, Duration.ZERO)).contains("RetriesExhausted");
    }

    @Test
    void anEventOlderThanTheLimitIsGivenUpOn() {
        assertThat(notifier.givesUp(1, Duration.ofMinutes(61))).contains("EventAgeExceeded");
    }

    @Test
    void lambdaAllowsNoMoreThanTwoRetries() {
        assertThatThrownBy(() -> new AsyncInvocationPolicy(3, Duration.ofHours(1), false))
                .hasMessageContaining("0 to 2");
    }
}
