package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Starting and stopping the embedded backend; each test starts its own. */
class EmbeddedLocalAwsLifecycleIT {

    @Test
    void closeStopsTheMotoChildProcess() {
        ProcessHandle moto;
        try (EmbeddedLocalAws aws = EmbeddedLocalAws.start()) {
            moto = aws.motoProcess();
            assertThat(moto.isAlive()).isTrue();
        }

        assertThat(moto.onExit()).succeedsWithin(Duration.ofSeconds(10));
    }

    @Test
    void aMotoThatDiesIsReportedWithItsExitCode() {
        try (EmbeddedLocalAws aws = EmbeddedLocalAws.start()) {
            aws.motoProcess().destroyForcibly();

            assertThat(aws.emulatorExit()).succeedsWithin(Duration.ofSeconds(10)).asString()
                    .startsWith("moto_server (SNS and SES) exited unexpectedly with code");
        }
    }

    @Test
    void closingIsNotReportedAsAnEmulatorExit() {
        EmbeddedLocalAws aws = EmbeddedLocalAws.start();
        ProcessHandle moto = aws.motoProcess();

        aws.close();

        assertThat(moto.onExit()).succeedsWithin(Duration.ofSeconds(10));
        assertThat(aws.emulatorExit()).isNotDone();
    }

    @Test
    void dynamoDbKeepsItemsAcrossRestartsWithADataDirectory(@TempDir Path dataDirectory) {
        Map<String, AttributeValue> order = Map.of(
                "orderId", AttributeValue.fromS("o-1"), "createdAt", AttributeValue.fromS("2026-01-01T00:00:00Z"));
        try (EmbeddedLocalAws aws = EmbeddedLocalAws.start(dataDirectory)) {
            PlatformResources resources = aws.provision("");
            aws.dynamoDb().putItem(request -> request.tableName(resources.ordersTable()).item(order));
        }

        try (EmbeddedLocalAws restarted = EmbeddedLocalAws.start(dataDirectory)) {
            PlatformResources resources = restarted.provision("");

            assertThat(restarted.dynamoDb()
                            .getItem(request -> request.tableName(resources.ordersTable()).key(order))
                            .item())
                    .isEqualTo(order);
        }
    }
}
