package com.example.orders.localruntime;

import static com.example.orders.localruntime.RunningGateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayValidationTest {

    private final RecordingFunction function = new RecordingFunction();
    private final RunningGateway gateway = RunningGateway.start(function);

    @AfterEach
    void stop() {
        gateway.close();
    }

    /** The fields a validation problem names, after checking it is one. */
    private static List<String> invalidFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asText()).isEqualTo("https://orders.example.com/problems/validation-error");
        var fields = new ArrayList<String>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    @Test
    void the_contracts_own_example_order_passes_validation() {
        var response = gateway.send(gateway.postJson("/orders", RunningGateway.VALID_ORDER));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void a_limit_below_one_is_a_400_naming_limit() {
        var response = gateway.send(gateway.withKey("/orders?status=PENDING&limit=0"));

        assertThat(invalidFields(response)).containsExactly("limit");
    }

    @Test
    void a_status_outside_the_enum_is_a_400_naming_status() {
        var response = gateway.send(gateway.withKey("/orders?status=BOGUS"));

        assertThat(invalidFields(response)).containsExactly("status");
    }

    @Test
    void a_missing_required_query_parameter_is_a_400_saying_it_is_required() {
        var response = gateway.send(gateway.withKey("/orders"));

        assertThat(invalidFields(response)).containsExactly("status");
        assertThat(json(response).path("errors").get(0).path("message").asText()).isEqualTo("is required");
    }

    @Test
    void an_order_id_that_is_not_a_uuid_is_a_400_naming_order_id() {
        var response = gateway.send(gateway.withKey("/orders/not-an-id"));

        assertThat(invalidFields(response)).containsOnly("orderId");
    }

    @Test
    void a_malformed_correlation_id_header_is_a_400_naming_the_header() {
        var response = gateway.send(gateway.withKey("/orders?status=PENDING").header("x-correlation-id", "not valid!"));

        assertThat(invalidFields(response)).containsExactly("x-correlation-id");
    }

    @Test
    void a_body_missing_a_required_field_is_a_400_naming_it() {
        var response = gateway.send(gateway.postJson("/orders", """
                {"customer":{"customerId":"cust-1"},
                 "items":[{"sku":"BOOK-1","name":"Book","quantity":1,"unitPrice":"9.99"}]}"""));

        assertThat(invalidFields(response)).containsExactly("currency");
    }

    @Test
    void a_nested_required_field_is_named_by_its_path() {
        var response = gateway.send(gateway.postJson("/orders", """
                {"customer":{},"currency":"EUR",
                 "items":[{"sku":"BOOK-1","name":"Book","quantity":1,"unitPrice":"9.99"}]}"""));

        assertThat(invalidFields(response)).containsExactly("customer.customerId");
    }

    @Test
    void a_quantity_of_zero_is_a_400_naming_items_0_quantity() {
        var response = gateway.send(gateway.postJson("/orders", """
                {"customer":{"customerId":"cust-1"},"currency":"EUR",
                 "items":[{"sku":"BOOK-1","name":"Book","quantity":0,"unitPrice":"9.99"}]}"""));

        assertThat(invalidFields(response)).containsExactly("items[0].quantity");
    }

    @Test
    void a_field_the_schema_does_not_allow_is_a_400_naming_it() {
        var response = gateway.send(gateway.postJson("/orders", """
                {"customer":{"customerId":"cust-1"},"currency":"EUR","coupon":"FREE",
                 "items":[{"sku":"BOOK-1","name":"Book","quantity":1,"unitPrice":"9.99"}]}"""));

        assertThat(invalidFields(response)).containsExactly("coupon");
    }

    @Test
    void a_body_that_is_not_json_is_a_400_naming_the_body() {
        var response = gateway.send(gateway.postJson("/orders", "{\"customer\":"));

        assertThat(invalidFields(response)).containsExactly("body");
    }

    @Test
    void a_post_without_a_body_is_a_400_saying_the_body_is_required() {
        var response = gateway.send(gateway.postJson("/orders", ""));

        assertThat(invalidFields(response)).containsExactly("body");
    }

    @Test
    void a_query_parameter_the_contract_does_not_declare_is_let_through() {
        var response = gateway.send(gateway.withKey("/orders?status=PENDING&utm_source=newsletter"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void an_invalid_request_never_reaches_the_function() {
        gateway.send(gateway.withKey("/orders?status=BOGUS"));

        assertThat(function.events()).isEmpty();
    }

    @Test
    void a_body_that_is_not_application_json_is_a_415_problem() {
        var response = gateway.send(gateway.withKey("/orders")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(RunningGateway.VALID_ORDER)));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).path("type").asText()).endsWith("/unsupported-media-type");
    }

    @Test
    void application_json_with_a_charset_parameter_is_accepted() {
        var response = gateway.send(gateway.withKey("/orders")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(RunningGateway.VALID_ORDER)));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_that_is_not_valid_utf_8_is_a_400_malformed_request_problem() {
        byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        var response = gateway.send(gateway.withKey("/orders")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notUtf8)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("type").asText()).isEqualTo("https://orders.example.com/problems/malformed-request");
    }

    @Test
    void a_validation_problem_carries_cors_headers_for_an_allowed_origin() {
        var response = gateway.send(gateway.withKey("/orders?status=BOGUS").header("Origin", RunningGateway.ALLOWED_ORIGIN));

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(RunningGateway.ALLOWED_ORIGIN);
    }
}
