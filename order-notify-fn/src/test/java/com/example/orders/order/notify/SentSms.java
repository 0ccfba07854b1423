package com.example.orders.order.notify;

/** A text message as moto's SNS recorded it. */
record SentSms(String phoneNumber, String message) {
}
