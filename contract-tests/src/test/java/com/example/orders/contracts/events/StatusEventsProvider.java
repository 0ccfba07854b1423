package com.example.orders.contracts.events;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.events.EventAttributes;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.PublishedMessage;
import com.example.orders.localaws.TopicRecorder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OrderStatusChanged events the notifier's pact expects, as a producer really publishes them:
 * each provider state runs an order through the producer on the emulators, and the message
 * verified is what arrived on the notifications topic (moto's SNS), body and message attributes.
 * Each subclass is one producer, so every producer is held to the same pact.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Provider(NotifierStatusEventsPactTest.PROVIDER)
@PactFolder("target/pacts")
abstract class StatusEventsProvider {

    private TopicRecorder topic;
    /** The order the current provider state ran, whose events are the ones to verify. */
    private String orderId;

    @BeforeAll
    void listenToTheTopic(LocalAws aws, PlatformResources resources) {
        topic = new TopicRecorder(aws, resources.notificationsTopicArn());
        var inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        inventory.stock("BOOK-0001", 1_000);
        inventory.stock("PEN-0042", 1_000);
    }

    @AfterAll
    void stopListening() {
        topic.close();
    }

    /** What a Lambda function of the platform finds in its environment, on these emulators. */
    static Map<String, String> functionEnvironment(LocalAws aws, PlatformResources resources) {
        var environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        return environment;
    }

    @BeforeEach
    void verifyMessages(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void publishesTheEvent(PactVerificationContext context) {
        context.verifyInteraction();
    }

    /** Provider states say which order they ran. */
    void ran(String orderId) {
        this.orderId = orderId;
    }

    @PactVerifyProvider(NotifierStatusEventsPactTest.COMPLETED)
    MessageAndMetadata theCompletionEvent() {
        return published(OrderStatus.COMPLETED);
    }

    @PactVerifyProvider(NotifierStatusEventsPactTest.FAILED)
    MessageAndMetadata theFailureEvent() {
        return published(OrderStatus.FAILED);
    }

    private MessageAndMetadata published(OrderStatus status) {
        PublishedMessage message = topic.latest("with status " + status + " for order " + orderId,
                candidate -> candidate.body().contains(orderId)
                        && status.name().equals(candidate.attributes().get(EventAttributes.STATUS)));
        return new MessageAndMetadata(message.body().getBytes(StandardCharsets.UTF_8), Map.copyOf(message.attributes()));
    }
}
