package com.example.orders.core.adapter.sns;

import com.example.orders.core.events.EventAttributes;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.process.StatusChangePublisher;
import com.example.orders.core.order.process.TransientFailureException;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Publishes status changes to the order-notifications topic, with the eventType and status as
 * message attributes so subscribers can filter without reading bodies.
 */
public final class SnsStatusChangePublisher implements StatusChangePublisher {

    private final SnsClient sns;
    private final String topicArn;

    public SnsStatusChangePublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(OrderStatusChanged event) {
        try {
            sns.publish(request(topicArn, event));
        } catch (SdkException unavailable) {
            throw new TransientFailureException("Could not publish " + event.eventId(), unavailable);
        }
    }

    /** The message as it is published: the event as JSON, its type and status as attributes. */
    public static PublishRequest request(String topicArn, OrderStatusChanged event) {
        return PublishRequest.builder()
                .topicArn(topicArn)
                .message(ApiJson.write(event))
                .messageAttributes(Map.of(
                        EventAttributes.EVENT_TYPE, attribute(event.eventType()),
                        EventAttributes.STATUS, attribute(event.status().name())))
                .build();
    }

    private static MessageAttributeValue attribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
