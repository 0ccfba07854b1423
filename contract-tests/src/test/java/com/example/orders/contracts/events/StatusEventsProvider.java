package com.example.orders.contracts.events;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.PublishedMessage;
import com.example.orders.localaws.TopicRecorder;
import com.example.orders.localruntime.events.PipeCheckpoints;
import com.example.orders.localruntime.events.PipeDefinition;
import com.example.orders.localruntime.events.PipeTarget;
import com.example.orders.localruntime.events.StreamPipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OrderStatusChanged events the notifier's pact expects, as they really reach the topic: each
 * provider state runs an order through a producer (the processor, the workflow) on the emulators,
 * which only stores its status changes; the status-events pipe, run locally as the messaging stack
 * deploys it, turns each stored change into the event, and the message verified is what arrived on
 * the notifications topic (moto's SNS). Each subclass is one producer, so every producer's changes
 * are held to the same pact.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Provider(NotifierStatusEventsPactTest.PROVIDER)
@PactFolder("target/pacts")
abstract class StatusEventsProvider {

    private TopicRecorder topic;
    private StreamPipe statusEvents;
    /** The order the current provider state ran, whose events are the ones to verify. */
    private String orderId;

    @BeforeAll
    void listenToTheTopic(LocalAws aws, PlatformResources resources) {
        topic = new TopicRecorder(aws, resources.notificationsTopicArn());
        statusEvents = StreamPipe.start(aws.dynamoDbStreams(), aws.sqs(),
                new StreamPipe.Route("status-events", resources.ordersStreamArn(),
                        PipeTarget.topic(aws.sns(), resources.notificationsTopicArn()),
                        Optional.of(resources.statusEventsPipeDeadLetterQueueUrl())),
                PipeDefinition.statusEvents(), PipeCheckpoints.inMemory(resources.ordersStreamArn()), Duration.ofMillis(50));
        var inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        inventory.stock("BOOK-0001", 1_000);
        inventory.stock("PEN-0042", 1_000);
    }

    @AfterAll
    void stopListening() {
        statusEvents.close();
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
                        && candidate.body().contains("\"status\":\"" + status.name() + "\""));
        return new MessageAndMetadata(message.body().getBytes(StandardCharsets.UTF_8), Map.copyOf(message.attributes()));
    }
}
