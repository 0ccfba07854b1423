package com.example.orders.core.events;

/** SNS message attributes on every event, for subscription filter policies. */
public final class EventAttributes {

    public static final String EVENT_TYPE = "eventType";
    public static final String STATUS = "status";

    private EventAttributes() {
    }
}
