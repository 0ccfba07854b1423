package com.example.orders.localruntime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.lambda.AsyncInvocationPolicy;
import com.example.orders.localruntime.lambda.AsynchronousInvoker;
import com.example.orders.localruntime.lambda.LocalEventFunction;
import com.example.orders.localruntime.templates.BundledTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notifier's subscription on moto's SNS, invoked as Lambda invokes a function for SNS:
 * asynchronously, with the retries and the on-failure queue the functions stack gives it.
 */
class TopicSubscriberIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_DELAY = Duration.ofMillis(50);
    private static EmbeddedLocalAws aws;
    private RecordingNotifier notifier;
    private PlatformResources resources;
    private AsynchronousInvoker<SNSEvent> invoker;
    private TopicSubscriber subscriber;

    @BeforeAll
    static void startAws() {
        aws = EmbeddedLocalAws.start();
    }

    @AfterAll
    static void stopAws() {
        aws.close();
    }

    @BeforeEach
    void subscribe() {
        resources = aws.provision("subscriber-" + UUID.randomUUID().toString().substring(0, 8));
        notifier = new RecordingNotifier();
        invoker = new AsynchronousInvoker<>(new LocalEventFunction<SNSEvent, Void>("test-notifier", Duration.ofSeconds(30), notifier),
                SnsEvents::decode,
                AsyncInvocationPolicy.of(BundledTemplates.resourceProperties("functions.yaml", "NotifyCustomerInvokeConfig")),
                Optional.of(new AsynchronousInvoker.OnFailureQueue(aws.sqs(), resources.notifyFailureQueueUrl())),
                RETRY_DELAY);
        subscriber = TopicSubscriber.start(aws.sns(), resources.notificationsTopicArn(),
                JsonResource.read("subscription/notifier-filter-policy.json").toString(),
                BundledTemplates.resourceProperties("functions.yaml", "NotificationsSubscription").path("FilterPolicyScope").asText(),
                invoker);
    }

    @AfterEach
    void unsubscribe() {
        subscriber.close();
        invoker.close();
    }

    /** Publishes as the status-events pipe does: the event as the body, no message attributes. */
    private void publish(String message) {
        aws.sns().publish(request -> request.topicArn(resources.notificationsTopicArn()).message(message));
    }

    private SNSEvent.SNS notificationWith(String message) {
        return Eventually.get("the notification " + message, Duration.ofSeconds(10), notifier::events,
                events -> events.stream().anyMatch(event -> event.getRecords().getFirst().getSNS().getMessage().equals(message)))
                .stream().map(event -> event.getRecords().getFirst().getSNS())
                .filter(sns -> sns.getMessage().equals(message)).findFirst().orElseThrow();
    }

    private JsonNode failureRecord() {
        return Eventually.get("a record on the failure queue", Duration.ofSeconds(10),
                () -> aws.sqs().receiveMessage(request -> request.queueUrl(resources.notifyFailureQueueUrl())
                        .waitTimeSeconds(1)).messages(),
                messages -> !messages.isEmpty()).stream().map(message -> {
                    try {
                        return JSON.readTree(message.body());
                    } catch (Exception notJson) {
                        throw new AssertionError(message.body(), notJson);
                    }
                }).findFirst().orElseThrow();
    }

    @Test
    void aPublishedStatusChangeReachesTheFunctionAsAnSnsEvent() {
        publish("{\"eventType\":\"OrderStatusChanged\",\"orderId\":\"o-1\"}");

        SNSEvent.SNS notification = notificationWith("{\"eventType\":\"OrderStatusChanged\",\"orderId\":\"o-1\"}");

        assertThat(notification.getTopicArn()).isEqualTo(resources.notificationsTopicArn());
        assertThat(notification.getType()).isEqualTo("Notification");
        assertThat(notification.getMessageId()).isNotBlank();
        assertThat(notification.getTimestamp()).isNotNull();
    }

    @Test
    void theFilterPolicyDropsOtherEventTypes() {
        publish("{\"eventType\":\"SomethingElse\",\"other\":true}");
        publish("{\"eventType\":\"OrderStatusChanged\",\"marker\":true}");

        notificationWith("{\"eventType\":\"OrderStatusChanged\",\"marker\":true}");

        assertThat(notifier.messages()).doesNotContain("{\"eventType\":\"SomethingElse\",\"other\":true}");
    }

    @Test
    void aNotificationTheFunctionFailsOnceIsDeliveredOnLambdasRetry() {
        notifier.failNext(1);

        publish("{\"eventType\":\"OrderStatusChanged\",\"orderId\":\"o-retried\"}");

        notificationWith("{\"eventType\":\"OrderStatusChanged\",\"orderId\":\"o-retried\"}");
        assertThat(notifier.invocations()).isEqualTo(2);
    }

    /** Lambda's destination record carries the event itself, so it can be invoked again from the queue. */
    @Test
    void aNotificationTheFunctionKeepsFailingGoesToItsFailureQueueWithTheEvent() {
        notifier.failNext(Integer.MAX_VALUE);

        publish("{\"eventType\":\"OrderStatusChanged\",\"orderId\":\"o-failed\"}");

        JsonNode record = failureRecord();
        assertThat(record.path("requestContext").path("condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(record.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(record.path("requestPayload").path("Records").path(0).path("Sns").path("Message").asText())
                .isEqualTo("{\"eventType\":\"OrderStatusChanged\",\"orderId\":\"o-failed\"}");
        assertThat(notifier.invocations()).isEqualTo(3);
    }
}
