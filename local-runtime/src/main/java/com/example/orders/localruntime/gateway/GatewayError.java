package com.example.orders.localruntime.gateway;

/** Why the gateway answers itself: a gateway response type and what {@code $context.error} holds. */
record GatewayError(GatewayResponseType type, String message, String validationErrorString) {

    static GatewayError of(GatewayResponseType type) {
        return new GatewayError(type, type.message(), "");
    }
}
