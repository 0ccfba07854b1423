package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.definitions.ResourceDefinitions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.Topic;

@LocalAwsTest
class ProvisioningIT {

    private final LocalAws aws;

    ProvisioningIT(LocalAws aws) {
        this.aws = aws;
    }

    @Test
    void provisioningAnExistingNamespaceAgainReusesItsResources() {
        String namespace = freshNamespace();
        PlatformResources first = aws.provision(namespace);
        try {
            assertThat(aws.provision(namespace)).isEqualTo(first);
        } finally {
            aws.deprovision(first);
        }
    }

    @Test
    void emptyNamespaceProvisionsResourcesUnderTheirLogicalNames() {
        PlatformResources resources = aws.provision("");
        try {
            assertThat(List.of(resources.ordersTable(), resources.idempotencyTable(), resources.paymentsTable(),
                            resources.inventoryTable()))
                    .containsExactly("orders", "idempotency-keys", "payments", "inventory");
            assertThat(resources.processingQueueUrl()).endsWith("/order-processing-queue");
            assertThat(resources.deadLetterQueueUrl()).endsWith("/order-processing-dlq");
            assertThat(resources.notificationsTopicArn()).endsWith(":order-notifications");
        } finally {
            aws.deprovision(resources);
        }
    }

    @Test
    void deprovisionDeletesEveryTableQueueAndTopicOfTheNamespace() {
        String namespace = freshNamespace();
        aws.deprovision(aws.provision(namespace));

        assertThat(namesLeftIn(namespace)).isEmpty();
    }

    @Test
    void deprovisionLeavesOtherNamespacesAlone() {
        PlatformResources kept = aws.provision(freshNamespace());
        try {
            aws.deprovision(aws.provision(freshNamespace()));

            assertThat(namesLeftIn(kept.namespace())).hasSize(
                    ResourceDefinitions.TABLES.size() + ResourceDefinitions.QUEUES.size() + ResourceDefinitions.TOPICS.size());
        } finally {
            aws.deprovision(kept);
        }
    }

    private List<String> namesLeftIn(String namespace) {
        String prefix = namespace + "-";
        var tables = aws.dynamoDb().listTablesPaginator().tableNames().stream()
                .filter(name -> name.startsWith(prefix));
        var queues = aws.sqs().listQueues(request -> request.queueNamePrefix(prefix)).queueUrls().stream();
        var topics = aws.sns().listTopicsPaginator().topics().stream()
                .map(Topic::topicArn)
                .filter(arn -> arn.contains(":" + prefix));
        return Stream.of(tables, queues, topics).flatMap(names -> names).toList();
    }

    private static String freshNamespace() {
        return "p" + UUID.randomUUID().toString().substring(0, 8);
    }
}
