package com.example.orders.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionMetricsTest {

    @Test
    void aClosedInvocationWritesItsMetricsAsEmf() {
        String output = StandardOutput.capturedFrom(() -> {
            try (var metrics = FunctionMetrics.forService("order-process")) {
                metrics.count("OrdersProcessed");
            }
            return null;
        });
        assertThat(output).contains("\"CloudWatchMetrics\"").contains("\"OrdersProcessed\"");
    }

    /** A line in a snapshot's log would be extracted by CloudWatch as a real metric. */
    @Test
    void primingWritesNoMetrics() {
        String output = StandardOutput.capturedFrom(() -> {
            FunctionMetrics.prime("order-process");
            return null;
        });
        assertThat(output).doesNotContain("CloudWatchMetrics").doesNotContain("SnapStartPriming");
    }
}
