package com.example.orders.order.notify;

import com.example.orders.core.order.Customer;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** A text message through SNS, published straight to the phone number (no topic). */
final class SmsSender implements NotificationSender {

    /** Order updates are transactional messages: SNS routes those for reliability rather than lowest cost. */
    private static final Map<String, MessageAttributeValue> TRANSACTIONAL = Map.of("AWS.SNS.SMS.SMSType",
            MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build());

    private final SnsClient sns;

    SmsSender(SnsClient sns) {
        this.sns = sns;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Optional<String> contactOf(Customer customer) {
        return customer.hasPhone() ? Optional.of(customer.phone()) : Optional.empty();
    }

    @Override
    public void send(String phoneNumber, Notification notification) {
        sns.publish(request -> request
                .phoneNumber(phoneNumber)
                .message(notification.smsText())
                .messageAttributes(TRANSACTIONAL));
    }
}
