package com.example.orders.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static List<Long> millis(long... values) {
        return LongStream.of(values).map(value -> value * 1_000_000).boxed().toList();
    }

    @Test
    void percentilesAreNearestRanksOfTheMeasurements() {
        Percentiles percentiles = Percentiles.ofNanos(millis(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray()));
        assertThat(percentiles).isEqualTo(new Percentiles(100, 50, 90, 99, 100));
    }

    @Test
    void aSingleMeasurementIsEveryPercentile() {
        assertThat(Percentiles.ofNanos(millis(7))).isEqualTo(new Percentiles(1, 7, 7, 7, 7));
    }

    @Test
    void noMeasurementsHaveNoPercentiles() {
        assertThatThrownBy(() -> Percentiles.ofNanos(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
