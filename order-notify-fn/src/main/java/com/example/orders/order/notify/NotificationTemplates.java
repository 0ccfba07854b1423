package com.example.orders.order.notify;

import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.order.OrderStatus;

/**
 * The wording of every notification, one per status. Built from the event alone, which carries
 * the order id and total but no personal data: nothing about the customer can end up in a
 * message body, where it would travel through SES and SNS logs.
 */
public final class NotificationTemplates {

    private NotificationTemplates() {
    }

    public static Notification forChange(OrderStatusChanged change) {
        String headline = headline(change);
        String total = change.total() + " " + change.currency();
        String emailText = headline + ".\n\nOrder: " + change.orderId() + "\nTotal: " + total + "\n";
        String smsText = headline + ". Order " + change.orderId() + ", total " + total + ".";
        return new Notification(subject(change), emailText, smsText);
    }

    private static String subject(OrderStatusChanged change) {
        return switch (change.status()) {
            case PENDING -> "We received your order";
            case PROCESSING -> "Your order is being processed";
            case COMPLETED -> "Your order is confirmed";
            case FAILED -> "Your order could not be completed";
        };
    }

    private static String headline(OrderStatusChanged change) {
        boolean explained = change.reason() != null && !change.reason().isBlank();
        return change.status() == OrderStatus.FAILED && explained
                ? subject(change) + ": " + change.reason()
                : subject(change);
    }
}
