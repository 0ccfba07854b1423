package com.example.orders.definitions;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class QueueDefinitionTest {

    @Test
    void deadLetterQueueWithoutMaxReceiveCountIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QueueDefinition("q", 30, 60, "dlq", 0));
    }

    @Test
    void maxReceiveCountWithoutDeadLetterQueueIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QueueDefinition("q", 30, 60, null, 3));
    }
}
