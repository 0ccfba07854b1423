package com.example.orders.order.notify;

import java.util.List;

/** An email as moto's SES recorded it. */
record SentEmail(String from, List<String> to, String subject, String body) {
}
