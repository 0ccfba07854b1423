package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.example.orders.localaws.LocalAwsExtensionScenario.Observation;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs {@link LocalAwsExtensionScenario} in a JUnit run of its own and checks what its tests saw. */
class LocalAwsExtensionIT {

    private static EngineExecutionResults run;

    @BeforeAll
    static void runScenario() {
        LocalAwsExtensionScenario.requested = true;
        try {
            run = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(LocalAwsExtensionScenario.class))
                    .execute();
        } finally {
            LocalAwsExtensionScenario.requested = false;
        }
    }

    @Test
    void scenarioRanItsTestsWithOnlyTheDeliberateFailure() {
        run.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
    }

    @Test
    void allTestsOfARunShareOneBackend() {
        assertThat(observations()).extracting(Observation::aws).containsOnly(observation("first").aws());
    }

    @Test
    void eachTestMethodGetsANamespaceOfItsOwn() {
        assertThat(observations())
                .extracting(observation -> observation.fromTestMethod().namespace())
                .doesNotHaveDuplicates()
                .allMatch(namespace -> namespace.matches("t[0-9a-f]{8}"));
    }

    @Test
    void constructorBeforeEachAndTestMethodOfOneTestShareItsNamespace() {
        assertThat(observations()).allSatisfy(observation -> {
            assertThat(observation.fromConstructor()).isEqualTo(observation.fromTestMethod());
            assertThat(observation.fromBeforeEach()).isEqualTo(observation.fromTestMethod());
        });
    }

    @Test
    void aTestDoesNotSeeDataWrittenByAnotherTest() {
        assertThat(observation("first").ordersVisible()).hasSize(1);
        assertThat(observation("second").ordersVisible()).isEmpty();
    }

    @Test
    void namespaceIsDeprovisionedAfterItsTest() {
        assertThat(observation("second").tablesVisible())
                .contains(observation("second").fromTestMethod().ordersTable())
                .doesNotContain(observation("first").fromTestMethod().ordersTable());
    }

    @Test
    void backendStopsAtTheEndOfTheRunEvenThoughATestFailed() {
        LocalAws aws = observation("failing").aws();

        for (AwsService service : AwsService.values()) {
            URI endpoint = aws.endpoint(service);
            assertThatExceptionOfType(IOException.class)
                    .as("%s at %s", service, endpoint)
                    .isThrownBy(() -> connect(endpoint));
        }
    }

    @Test
    void motoChildProcessIsGoneAtTheEndOfTheRun() {
        LocalAws aws = observation("failing").aws();
        assumeThat(aws).isInstanceOf(EmbeddedLocalAws.class);

        assertThat(((EmbeddedLocalAws) aws).motoProcess().onExit()).succeedsWithin(Duration.ofSeconds(10));
    }

    private static List<Observation> observations() {
        return LocalAwsExtensionScenario.OBSERVATIONS;
    }

    private static Observation observation(String test) {
        return observations().stream()
                .filter(observation -> observation.test().equals(test))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Scenario test did not run: " + test));
    }

    private static void connect(URI endpoint) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 1000);
        }
    }
}
