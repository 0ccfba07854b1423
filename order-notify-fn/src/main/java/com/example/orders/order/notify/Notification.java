package com.example.orders.order.notify;

/** What the customer is told about a status change: an email's subject and text, and an SMS. */
public record Notification(String subject, String emailText, String smsText) {
}
