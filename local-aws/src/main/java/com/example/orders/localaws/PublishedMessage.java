package com.example.orders.localaws;

import java.util.Map;

/** A message as a topic's subscribers receive it: the body and the message attributes. */
public record PublishedMessage(String body, Map<String, String> attributes) {

    public PublishedMessage {
        attributes = Map.copyOf(attributes);
    }
}
