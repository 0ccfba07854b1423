package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The contract against LocalStack, whatever {@code LOCAL_AWS_BACKEND} says. Skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackBackendIT extends ProvisionedPlatformContract {

    private static LocalStackAws localStack;

    private PlatformResources resources;

    @BeforeAll
    static void startLocalStack() {
        localStack = LocalStackAws.start();
    }

    @AfterAll
    static void stopLocalStack() {
        localStack.close();
    }

    @BeforeEach
    void provision() {
        resources = localStack.provision("ls" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterEach
    void deprovision() {
        localStack.deprovision(resources);
    }

    /** Only here: ElasticMQ accepts MessageRetentionPeriod but neither stores nor reports it. */
    @Test
    void queuesRetainMessagesForTheRetentionPeriodOfTheirDefinitions() {
        queueAttributes().forEach((definition, attributes) -> assertThat(attributes)
                .as(definition.logicalName())
                .containsEntry(QueueAttributeName.MESSAGE_RETENTION_PERIOD,
                        Integer.toString(definition.retentionSeconds())));
    }

    @Override
    LocalAws aws() {
        return localStack;
    }

    @Override
    PlatformResources resources() {
        return resources;
    }
}
