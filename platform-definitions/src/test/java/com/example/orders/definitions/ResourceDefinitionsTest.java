package com.example.orders.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResourceDefinitionsTest {

    @Test
    void logicalNamesAreUniqueAcrossTablesQueuesAndTopics() {
        List<String> names = Stream.of(
                        ResourceDefinitions.TABLES.stream().map(TableDefinition::logicalName),
                        ResourceDefinitions.QUEUES.stream().map(QueueDefinition::logicalName),
                        ResourceDefinitions.TOPICS.stream().map(TopicDefinition::logicalName))
                .flatMap(stream -> stream)
                .toList();

        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyDeadLetterQueueIsADefinedQueueListedBeforeTheQueuesUsingIt() {
        var defined = new ArrayList<String>();
        for (QueueDefinition queue : ResourceDefinitions.QUEUES) {
            if (queue.deadLetterQueue() != null) {
                assertThat(defined).as(queue.logicalName()).contains(queue.deadLetterQueue());
            }
            defined.add(queue.logicalName());
        }
    }

    @Test
    void namespacedNameIsTheNamespaceAHyphenAndTheLogicalName() {
        assertThat(ResourceDefinitions.physicalName("t1a2b", "orders")).isEqualTo("t1a2b-orders");
    }

    @Test
    void emptyNamespaceKeepsTheLogicalName() {
        assertThat(ResourceDefinitions.physicalName("", "orders")).isEqualTo("orders");
    }

    @Test
    void longestNamespacedQueueNameFitsWithinTheSqsLimitOf80Characters() {
        String longestNamespace = "n".repeat(32);

        assertThat(ResourceDefinitions.QUEUES)
                .allSatisfy(queue -> assertThat(ResourceDefinitions.physicalName(longestNamespace, queue.logicalName()))
                        .hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void namespaceWithCharactersAwsRejectsInSomeNamesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceDefinitions.physicalName("Team_A", "orders"));
    }

    @Test
    void namespaceLongerThan32CharactersIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ResourceDefinitions.physicalName("n".repeat(33), "orders"));
    }
}
