package com.example.orders.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness still runs against the current build: one short pass of every suite, on the
 * deployable artifacts the cloudformation module assembled. It checks that each suite measured
 * what it should, never how fast: figures belong in reports, not in assertions.
 */
class BenchmarksIT {

    private static final Path DEPLOY_DIRECTORY = Path.of("..", "cloudformation", "target", "deploy");
    private static final Path FLOOR_JAR = Path.of("target", "floor", "benchmark-floor.jar");

    @Test
    void aShortRunOfEverySuiteReportsEachFunctionAndTheOrdersItFollowed(@TempDir Path output) throws IOException {
        var options = BenchmarkOptions.parse(List.of("--runs", "1", "--warm-up", "1", "--invocations", "3",
                "--orders", "4", "--clients", "2", "--deadline", "120",
                "--deploy-dir", DEPLOY_DIRECTORY.toString(), "--floor-jar", FLOOR_JAR.toString(), "--out", output.toString()));

        String report = Files.readString(Benchmarks.run(options, System.out::println));

        assertThat(report)
                .contains("| create | on demand | launch to first response | 1 |", "| notify | on demand | launch to first response | 1 |")
                .contains("| floor | on demand | launch to first response | 1 |",
                        "| create | on demand, AppCDS | launch to first response | 1 |")
                .containsPattern("\\| create \\| on demand \\| 1 \\| [0-9.]+ \\| [0-9.]+ – [0-9.]+ \\| [0-9]+ \\| [0-9]+ \\| [0-9.]+ \\|")
                .contains("| query | SnapStart, primed | priming (before the snapshot) | 1 |",
                        "| process | SnapStart, primed | first invocation | 1 |")
                .contains("| reconcile | SnapStart, primed | first invocation | 1 |",
                        "| workflow | SnapStart, primed | first invocation | 1 |")
                .contains("| process | 3 |", "| query | 3 |", "| floor | 3 |", "| reconcile | 3 |", "| workflow | 3 |")
                .containsPattern("\\| create \\| [0-9.]+ \\| [0-9.]+ \\|")
                .containsPattern("\\| 4 \\| 2 \\| 4 \\| [0-9.]+ \\| [0-9.]+ \\| 4 \\| 0 \\|")
                .contains("Invariants hold: 4 orders: 4 COMPLETED, 0 FAILED; 4 charged, 0 refunded or cancelled; 8 emails");
    }
}
