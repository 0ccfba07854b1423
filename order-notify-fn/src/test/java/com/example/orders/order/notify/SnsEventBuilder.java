package com.example.orders.order.notify;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.http.ApiJson;
import com.example.orders.localaws.LocalAws;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * An SNS event as Lambda receives it from the order-notifications topic: one record whose
 * message is the event's JSON, with the message attributes subscription filters read.
 * Building it once and handing it over twice is how SNS redelivers.
 */
final class SnsEventBuilder {

    private final OrderStatusChanged change;
    private String topicArn = "arn:aws:sns:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID + ":order-notifications";

    private SnsEventBuilder(OrderStatusChanged change) {
        this.change = change;
    }

    static SnsEventBuilder delivering(OrderStatusChanged change) {
        return new SnsEventBuilder(change);
    }

    SnsEventBuilder fromTopic(String topicArn) {
        this.topicArn = topicArn;
        return this;
    }

    SNSEvent build() {
        var sns = new SNSEvent.SNS()
                .withType("Notification")
                .withMessageId(UUID.randomUUID().toString())
                .withTopicArn(topicArn)
                .withMessage(ApiJson.write(change))
                .withTimestamp(DateTime.now(DateTimeZone.UTC))
                .withSignatureVersion("1")
                // The status-events pipe publishes the event as the body, without message attributes.
                .withMessageAttributes(Map.of());
        var record = new SNSEvent.SNSRecord()
                .withEventSource("aws:sns")
                .withEventVersion("1.0")
                .withEventSubscriptionArn(topicArn + ":" + UUID.randomUUID())
                .withSns(sns);
        return new SNSEvent().withRecords(List.of(record));
    }
}
