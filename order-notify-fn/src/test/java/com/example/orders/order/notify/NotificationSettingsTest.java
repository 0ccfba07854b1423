package com.example.orders.order.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.lambda.FunctionEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

    private static NotificationSettings from(Map<String, String> variables) {
        return NotificationSettings.from(new FunctionEnvironment(variables));
    }

    @Test
    void unsetSettingsEnableBothChannelsFromTheDefaultSender() {
        assertThat(from(Map.of())).isEqualTo(new NotificationSettings(true, true, "orders@example.com", "order-notify"));
    }

    @Test
    void aChannelIsSwitchedOffWithFalse() {
        assertThat(from(Map.of(NotificationSettings.SMS_ENABLED, "FALSE")).enabled(Channel.SMS)).isFalse();
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseStopsTheStart() {
        assertThatThrownBy(() -> from(Map.of(NotificationSettings.EMAIL_ENABLED, "no")))
                .hasMessageContaining(NotificationSettings.EMAIL_ENABLED);
    }
}
