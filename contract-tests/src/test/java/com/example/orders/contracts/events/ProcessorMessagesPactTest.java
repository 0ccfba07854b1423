package com.example.orders.contracts.events;

import static com.example.orders.contracts.Formats.TIMESTAMP;
import static com.example.orders.contracts.Formats.UUID;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.messaging.MessagePact;
import com.example.orders.core.events.EventSchema;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What order-process-fn needs from the messages on order-processing-queue, which the new-orders
 * pipe renders from the Orders table's stream: the order to process, and the correlation id to
 * log it under. Verified against the pipe's filter and template by {@link NewOrdersPipeProviderIT}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ProcessorMessagesPactTest.PROVIDER, providerType = ProviderType.ASYNCH,
        pactVersion = PactSpecVersion.V3)
class ProcessorMessagesPactTest {

    static final String PROVIDER = "new-orders-pipe";
    static final String CONSUMER = "order-process-fn";
    static final String NEW_ORDER = "a processing message for a new order";

    @Pact(consumer = CONSUMER)
    MessagePact newOrder(MessagePactBuilder builder) {
        return builder
                .given("an order was created")
                .expectsToReceive(NEW_ORDER)
                .withContent(new PactDslJsonBody()
                        .stringMatcher("orderId", UUID,
                                "0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10")
                        .stringMatcher("createdAt", TIMESTAMP,
                                "2026-11-24T10:15:30.123Z")
                        .stringMatcher("correlationId", "[A-Za-z0-9_.:-]{1,128}", "web-checkout-7f3a"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "newOrder")
    void processorReadsTheOrderToProcessAndItsCorrelationId(MessagePact pact) {
        String body = pact.getMessages().getFirst().contentsAsString();
        ProcessingMessage message = ApiJson.read(body, ProcessingMessage.class);
        assertThat(message.orderId()).isEqualTo("0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10");
        assertThat(message.correlationId()).isEqualTo("web-checkout-7f3a");
        EventSchema.named(EventSchema.PROCESSING_MESSAGE).assertDescribes(body);
    }
}
