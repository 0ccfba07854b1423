package com.example.orders.localruntime.gateway;

import static com.example.orders.localruntime.gateway.RunningGateway.CONTRACT;
import static com.example.orders.localruntime.gateway.RunningGateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localruntime.OrderFunctions;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayRoutingTest {

    private static final String ORDER_ID = "0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10";

    private final RecordingFunction function = new RecordingFunction();
    private final RunningGateway gateway = RunningGateway.start(function);

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void an_unknown_path_is_the_403_forbidden_problem_api_gateway_answers() {
        var response = gateway.send(gateway.withKey("/customers"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("type").asText()).isEqualTo("https://orders.example.com/problems/forbidden");
    }

    @Test
    void a_method_the_spec_does_not_declare_on_a_known_path_is_a_403_problem() {
        var response = gateway.send(gateway.withKey("/orders/" + ORDER_ID).DELETE());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("type").asText()).endsWith("/forbidden");
    }

    @Test
    void a_head_request_gets_the_403_headers_without_a_body() {
        var response = gateway.send(gateway.withKey("/orders/" + ORDER_ID).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void the_function_gets_the_resource_template_and_the_path_parameters() {
        gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        var event = function.lastEvent();
        assertThat(event.getResource()).isEqualTo("/orders/{orderId}");
        assertThat(event.getPath()).isEqualTo("/orders/" + ORDER_ID);
        assertThat(event.getHttpMethod()).isEqualTo("GET");
        assertThat(event.getPathParameters()).isEqualTo(Map.of("orderId", ORDER_ID));
    }

    @Test
    void a_route_without_path_parameters_gives_null_path_and_query_parameters_as_api_gateway_does() {
        gateway.send(gateway.postJson("/orders", RunningGateway.VALID_ORDER));

        var event = function.lastEvent();
        assertThat(event.getResource()).isEqualTo("/orders");
        assertThat(event.getPathParameters()).isNull();
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getMultiValueQueryStringParameters()).isNull();
    }

    @Test
    void the_function_gets_decoded_query_parameters() {
        gateway.send(gateway.withKey("/orders?status=PENDING&limit=5&nextToken=a_b-c"));

        assertThat(function.lastEvent().getQueryStringParameters())
                .isEqualTo(Map.of("status", "PENDING", "limit", "5", "nextToken", "a_b-c"));
    }

    @Test
    void a_repeated_query_parameter_gives_its_last_value_single_and_all_values_multi() {
        gateway.send(gateway.withKey("/orders?status=PENDING&tag=new%20customer&tag=gift"));

        var event = function.lastEvent();
        assertThat(event.getQueryStringParameters()).containsEntry("tag", "gift");
        assertThat(event.getMultiValueQueryStringParameters().get("tag")).containsExactly("new customer", "gift");
    }

    @Test
    void the_function_gets_the_request_headers_as_sent_single_and_multi_valued() {
        gateway.send(gateway.withKey("/orders?status=PENDING")
                .header("Accept", "application/json")
                .header("X-Trace-Note", "one")
                .header("X-Trace-Note", "two"));

        var event = function.lastEvent();
        assertThat(event.getHeaders()).containsEntry("Accept", "application/json").containsEntry("X-Trace-Note", "two");
        assertThat(event.getMultiValueHeaders().get("X-Trace-Note")).containsExactly("one", "two");
        assertThat(event.getHeaders()).containsEntry("x-forwarded-for", "127.0.0.1");
    }

    @Test
    void the_function_gets_the_body_as_a_string_not_base64() {
        gateway.send(gateway.postJson("/orders", RunningGateway.VALID_ORDER));

        var event = function.lastEvent();
        assertThat(event.getBody()).isEqualTo(RunningGateway.VALID_ORDER);
        assertThat(event.getIsBase64Encoded()).isFalse();
    }

    @Test
    void a_request_without_a_body_gives_a_null_body() {
        gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        assertThat(function.lastEvent().getBody()).isNull();
    }

    @Test
    void the_request_context_names_the_request_stage_resource_and_caller() {
        var response = gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        var context = function.lastEvent().getRequestContext();
        assertThat(context.getRequestId()).isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
        assertThat(context.getStage()).isEqualTo(OrderFunctions.STAGE);
        assertThat(context.getResourcePath()).isEqualTo("/orders/{orderId}");
        assertThat(context.getHttpMethod()).isEqualTo("GET");
        assertThat(context.getOperationName()).isEqualTo("getOrder");
        assertThat(context.getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void the_lambda_context_carries_the_request_id_as_aws_request_id() {
        gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        assertThat(function.lastContext().getAwsRequestId())
                .isEqualTo(function.lastEvent().getRequestContext().getRequestId());
        assertThat(function.lastContext().getRemainingTimeInMillis()).isPositive();
    }

    @Test
    void a_callers_correlation_id_reaches_the_function_untouched() {
        gateway.send(gateway.withKey("/orders/" + ORDER_ID).header("x-correlation-id", "web-checkout-7f3a"));

        assertThat(function.lastEvent().getHeaders()).containsEntry("x-correlation-id", "web-checkout-7f3a");
    }

    @Test
    void every_response_carries_the_request_id_as_api_gateway_adds_it() {
        var response = gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        assertThat(response.headers().firstValue("x-amzn-RequestId"))
                .hasValue(function.lastEvent().getRequestContext().getRequestId());
    }

    @Test
    void an_options_request_on_an_unknown_path_is_a_403_problem() {
        var response = gateway.sendUnchecked(gateway.request("/customers").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(CONTRACT.problemViolations(response.body())).isEmpty();
    }
}
