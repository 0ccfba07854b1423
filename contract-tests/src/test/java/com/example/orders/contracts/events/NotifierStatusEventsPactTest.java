package com.example.orders.contracts.events;

import static com.example.orders.contracts.Formats.CURRENCY;
import static com.example.orders.contracts.Formats.MONEY;
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
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;
import com.example.orders.core.events.EventSchema;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.order.notify.NotificationTemplates;
import com.example.orders.order.notify.StatusChangeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What order-notify-fn needs from the OrderStatusChanged events that the status-events pipe
 * publishes to order-notifications for every status change stored: a body it can read and write a
 * notification from, with the {@code eventType} its subscription filters on (the pipe publishes no
 * message attributes). Verified as each producer's changes come out of the pipe, by
 * {@link StatusEventsFromProcessorIT} and {@link StatusEventsFromWorkflowIT}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = NotifierStatusEventsPactTest.PROVIDER, providerType = ProviderType.ASYNCH,
        pactVersion = PactSpecVersion.V3)
class NotifierStatusEventsPactTest {

    static final String PROVIDER = "order-status-events";
    static final String CONSUMER = "order-notify-fn";
    static final String COMPLETED = "an OrderStatusChanged event for a completed order";
    static final String FAILED = "an OrderStatusChanged event for a failed order";

    private static PactDslJsonBody event(String status, String previousStatus) {
        return new PactDslJsonBody()
                .stringValue("eventType", OrderStatusChanged.TYPE)
                .stringMatcher("eventId", UUID + ":[0-9]+", "0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10:3")
                .stringMatcher("orderId", UUID, "0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10")
                .stringValue("status", status)
                .stringValue("previousStatus", previousStatus)
                .stringMatcher("total", MONEY, "64.99")
                .stringMatcher("currency", CURRENCY, "EUR")
                .stringMatcher("occurredAt", TIMESTAMP, "2026-11-24T10:15:33.002Z");
    }

    @Pact(consumer = CONSUMER)
    MessagePact completedOrder(MessagePactBuilder builder) {
        return builder
                .given("an order completed")
                .expectsToReceive(COMPLETED)
                .withContent(event("COMPLETED", "PROCESSING"))
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    MessagePact failedOrder(MessagePactBuilder builder) {
        return builder
                .given("an order's payment was declined")
                .expectsToReceive(FAILED)
                .withContent(event("FAILED", "PROCESSING").stringType("reason", "Payment declined"))
                .toPact();
    }

    /** The body as SNS hands it to the notifier: the pipe publishes no message attributes. */
    private static String delivered(Message message) {
        return message.contentsAsString();
    }

    @Test
    @PactTestFor(pactMethod = "completedOrder")
    void notifierWritesACompletionNoticeFromTheEvent(MessagePact pact) {
        String message = delivered(pact.getMessages().getFirst());
        OrderStatusChanged change = StatusChangeMessage.read("pact-message", message);
        assertThat(change.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(NotificationTemplates.forChange(change).subject()).isNotBlank();
        EventSchema.named(EventSchema.STATUS_CHANGED).assertDescribes(message);
    }

    @Test
    @PactTestFor(pactMethod = "failedOrder")
    void notifierWritesAFailureNoticeWithTheReason(MessagePact pact) {
        String message = delivered(pact.getMessages().getFirst());
        OrderStatusChanged change = StatusChangeMessage.read("pact-message", message);
        assertThat(change.status()).isEqualTo(OrderStatus.FAILED);
        assertThat(NotificationTemplates.forChange(change).emailText()).contains(change.reason());
        EventSchema.named(EventSchema.STATUS_CHANGED).assertDescribes(message);
    }
}
