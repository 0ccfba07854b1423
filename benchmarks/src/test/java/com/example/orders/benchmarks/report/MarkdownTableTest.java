package com.example.orders.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void percentileRowsFollowTheirLeadingCells() {
        String table = MarkdownTable.withPercentiles("function")
                .row(List.of("create"), new Percentiles(3, 1.25, 12.5, 125, 250))
                .render();
        assertThat(table).isEqualTo("""
                | function | n | p50 ms | p90 ms | p99 ms | max ms |
                | --- | --- | --- | --- | --- | --- |
                | create | 3 | 1.3 | 12.5 | 125 | 250 |
                """);
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThatThrownBy(() -> new MarkdownTable("a", "b").row("only a")).isInstanceOf(IllegalArgumentException.class);
    }
}
