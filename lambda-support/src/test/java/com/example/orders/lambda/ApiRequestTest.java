package com.example.orders.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRequestTest {

    @Test
    void headersAreCaseInsensitive() {
        var request = ApiRequest.from(ProxyEventBuilder.listOrders().header("IDEMPOTENCY-KEY", "k").build());
        assertThat(request.header("Idempotency-Key")).isEqualTo("k");
    }

    @Test
    void correlationIdComesFromTheHeader() {
        var request = ApiRequest.from(ProxyEventBuilder.listOrders().header("x-correlation-id", "web-42").build());
        assertThat(request.correlationId()).isEqualTo("web-42");
    }

    @Test
    void withoutTheHeaderTheRequestIdIsTheCorrelationId() {
        var event = ProxyEventBuilder.listOrders().build();
        assertThat(ApiRequest.from(event).correlationId()).isEqualTo(event.getRequestContext().getRequestId());
    }

    @Test
    void correlationIdThatCouldForgeLogLinesIsReplaced() {
        var event = ProxyEventBuilder.listOrders().header("x-correlation-id", "x\n{\"level\":\"ERROR\"}").build();
        assertThat(ApiRequest.from(event).correlationId()).isEqualTo(event.getRequestContext().getRequestId());
    }

    @Test
    void pathIsTheOneTheClientAddressedStageIncluded() {
        var request = ApiRequest.from(ProxyEventBuilder.post("/orders").addressedAs("/dev/orders").build());
        assertThat(request.path()).isEqualTo("/dev/orders");
    }

    @Test
    void withoutARequestContextPathTheResourcePathIsThePath() {
        assertThat(ApiRequest.from(ProxyEventBuilder.post("/orders").build()).path()).isEqualTo("/orders");
    }
}
