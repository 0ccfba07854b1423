package com.example.orders.order.notify;

import com.example.orders.core.order.Customer;
import java.util.Optional;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;

/** Plain-text email through SES v2, from the configured (verified) sender identity. */
final class EmailSender implements NotificationSender {

    private final SesV2Client ses;
    private final String sender;

    EmailSender(SesV2Client ses, String sender) {
        this.ses = ses;
        this.sender = sender;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Optional<String> contactOf(Customer customer) {
        return customer.hasEmail() ? Optional.of(customer.email()) : Optional.empty();
    }

    @Override
    public void send(String address, Notification notification) {
        ses.sendEmail(request -> request
                .fromEmailAddress(sender)
                .destination(destination -> destination.toAddresses(address))
                .content(content -> content.simple(message -> message
                        .subject(utf8(notification.subject()))
                        .body(body -> body.text(utf8(notification.emailText()))))));
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset("UTF-8").build();
    }
}
