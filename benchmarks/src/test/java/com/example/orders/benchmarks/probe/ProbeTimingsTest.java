package com.example.orders.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProbeTimingsTest {

    @Test
    void theHarnessReadsBackWhatTheProbeWrote() {
        var timings = new ProbeTimings(1_764_430_000_000_123L, 650_000_000L, 90_000_000L, 400_000_000L, 17_000_000L, "0 failures", "201",
                7_302, 152_000);
        assertThat(ProbeTimings.parse(timings.line())).isEqualTo(timings);
    }

    @Test
    void aLineMissingAValueIsNoProbeResult() {
        assertThatThrownBy(() -> ProbeTimings.parse("mainEnteredMicros=1 initNanos=2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a probe result");
    }
}
