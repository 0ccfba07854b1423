package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LocalAwsBackendTest {

    @Test
    void absentSettingMeansEmbedded() {
        assertThat(LocalAwsBackend.fromSetting(null)).isEqualTo(LocalAwsBackend.EMBEDDED);
    }

    @Test
    void blankSettingMeansEmbedded() {
        assertThat(LocalAwsBackend.fromSetting(" ")).isEqualTo(LocalAwsBackend.EMBEDDED);
    }

    @Test
    void settingIgnoresCase() {
        assertThat(LocalAwsBackend.fromSetting("LocalStack")).isEqualTo(LocalAwsBackend.LOCALSTACK);
    }

    @Test
    void unknownSettingIsRefusedNamingTheChoices() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalAwsBackend.fromSetting("docker"))
                .withMessageContaining("embedded")
                .withMessageContaining("localstack");
    }
}
