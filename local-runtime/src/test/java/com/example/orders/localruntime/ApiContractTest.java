package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiContractTest {

    private final ApiContract contract = RunningGateway.CONTRACT;

    @Test
    void the_routes_are_the_contracts_operations() {
        assertThat(contract.routes().routes())
                .extracting(route -> route.method() + " " + route.resource().template() + " " + route.operationId())
                .containsExactlyInAnyOrder(
                        "POST /orders createOrder",
                        "GET /orders listOrders",
                        "GET /orders/{orderId} getOrder");
    }

    @Test
    void only_create_order_takes_a_json_body() {
        assertThat(contract.routes().routes())
                .filteredOn(ApiRoute::takesBody)
                .singleElement()
                .satisfies(route -> assertThat(route.bodyMediaTypes()).containsExactly("application/json"));
    }

    @Test
    void the_request_example_of_an_operation_is_its_first_body_example_as_json() {
        assertThat(contract.requestExample("createOrder")).hasValueSatisfying(json -> assertThat(json)
                .startsWith("{\"customer\":{\"customerId\":\"cust-1001\"")
                .contains("\"unitPrice\":\"39.99\""));
    }

    @Test
    void correlation_ids_follow_the_contracts_header_schema() {
        assertThat(contract.acceptsCorrelationId("web-checkout-7f3a")).isTrue();
        assertThat(contract.acceptsCorrelationId("has spaces")).isFalse();
        assertThat(contract.acceptsCorrelationId("x".repeat(129))).isFalse();
    }
}
