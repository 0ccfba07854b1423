package com.example.orders.localruntime;

import com.example.orders.localruntime.lambda.EventFunction;

import com.example.orders.localaws.Eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.PlatformResources;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** The notifier's subscription on moto's SNS: what a real publish turns into. */
class TopicSubscriberIT {

    private static EmbeddedLocalAws aws;
    private static PlatformResources resources;
    private static RecordingNotifier notifier;
    private static TopicSubscriber subscriber;

    @BeforeAll
    static void start() {
        aws = EmbeddedLocalAws.start();
        resources = aws.provision("subscriber");
        notifier = new RecordingNotifier();
        subscriber = TopicSubscriber.start(aws.sns(), resources.notificationsTopicArn(),
                JsonResource.read("subscription/notifier-filter-policy.json").toString(),
                new EventFunction<SNSEvent, Void>("test-notifier", Duration.ofSeconds(30), notifier));
    }

    @AfterAll
    static void stop() {
        subscriber.close();
        aws.close();
    }

    private static void publish(String message, String eventType) {
        aws.sns().publish(request -> request.topicArn(resources.notificationsTopicArn())
                .message(message)
                .messageAttributes(Map.of(
                        "eventType", MessageAttributeValue.builder().dataType("String").stringValue(eventType).build(),
                        "status", MessageAttributeValue.builder().dataType("String").stringValue("COMPLETED").build())));
    }

    private static SNSEvent.SNS notificationWith(String message) {
        return Eventually.get("the notification " + message, Duration.ofSeconds(10), notifier::events,
                events -> events.stream().anyMatch(event -> event.getRecords().getFirst().getSNS().getMessage().equals(message)))
                .stream().map(event -> event.getRecords().getFirst().getSNS())
                .filter(sns -> sns.getMessage().equals(message)).findFirst().orElseThrow();
    }

    @Test
    void a_published_status_change_reaches_the_function_as_an_sns_event() {
        publish("{\"orderId\":\"o-1\"}", "OrderStatusChanged");

        SNSEvent.SNS notification = notificationWith("{\"orderId\":\"o-1\"}");

        assertThat(notification.getTopicArn()).isEqualTo(resources.notificationsTopicArn());
        assertThat(notification.getType()).isEqualTo("Notification");
        assertThat(notification.getMessageId()).isNotBlank();
        assertThat(notification.getTimestamp()).isNotNull();
    }

    @Test
    void the_filter_policy_drops_other_event_types() {
        publish("{\"other\":true}", "SomethingElse");
        publish("{\"marker\":true}", "OrderStatusChanged");

        notificationWith("{\"marker\":true}");

        assertThat(notifier.messages()).doesNotContain("{\"other\":true}");
    }
}
