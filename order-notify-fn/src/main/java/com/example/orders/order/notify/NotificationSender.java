package com.example.orders.order.notify;

import com.example.orders.core.order.Customer;
import java.util.Optional;

/** Delivers notifications on one channel. */
interface NotificationSender {

    Channel channel();

    /** Where this channel reaches the customer, if the order carries it. */
    Optional<String> contactOf(Customer customer);

    void send(String contact, Notification notification);
}
