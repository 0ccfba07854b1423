package com.example.orders.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.benchmarks.BenchmarkOptions.Suite;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void noSuiteNamedRunsThemAll() {
        assertThat(BenchmarkOptions.parse(List.of()).suites()).containsExactlyInAnyOrder(Suite.values());
    }

    @Test
    void namedSuitesRunAlone() {
        assertThat(BenchmarkOptions.parse(List.of("cold-start", "--runs", "3")).suites()).containsExactly(Suite.COLD_START);
    }

    @Test
    void aRunCountMustBePositive() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--runs", "0"))).hasMessage("--runs must be at least 1");
    }

    @Test
    void anUnknownArgumentIsNamed() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--fast"))).hasMessage("Unknown argument --fast");
    }
}
