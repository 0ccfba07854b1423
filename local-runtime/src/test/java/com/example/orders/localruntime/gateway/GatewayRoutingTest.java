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
    void anUnknownPathIsThe403ForbiddenProblemApiGatewayAnswers() {
        var response = gateway.send(gateway.withKey("/customers"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("type").asText()).isEqualTo("https://orders.example.com/problems/forbidden");
    }

    @Test
    void aMethodTheSpecDoesNotDeclareOnAKnownPathIsA403Problem() {
        var response = gateway.send(gateway.withKey("/orders/" + ORDER_ID).DELETE());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("type").asText()).endsWith("/forbidden");
    }

    @Test
    void aHeadRequestGetsThe403HeadersWithoutABody() {
        var response = gateway.send(gateway.withKey("/orders/" + ORDER_ID).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void theFunctionGetsTheResourceTemplateAndThePathParameters() {
        gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        var event = function.lastEvent();
        assertThat(event.getResource()).isEqualTo("/orders/{orderId}");
        assertThat(event.getPath()).isEqualTo("/orders/" + ORDER_ID);
        assertThat(event.getHttpMethod()).isEqualTo("GET");
        assertThat(event.getPathParameters()).isEqualTo(Map.of("orderId", ORDER_ID));
    }

    @Test
    void aRouteWithoutPathParametersGivesNullPathAndQueryParametersAsApiGatewayDoes() {
        gateway.send(gateway.postJson("/orders", RunningGateway.VALID_ORDER));

        var event = function.lastEvent();
        assertThat(event.getResource()).isEqualTo("/orders");
        assertThat(event.getPathParameters()).isNull();
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getMultiValueQueryStringParameters()).isNull();
    }

    @Test
    void theFunctionGetsDecodedQueryParameters() {
        gateway.send(gateway.withKey("/orders?status=PENDING&limit=5&nextToken=a_b-c"));

        assertThat(function.lastEvent().getQueryStringParameters())
                .isEqualTo(Map.of("status", "PENDING", "limit", "5", "nextToken", "a_b-c"));
    }

    @Test
    void aRepeatedQueryParameterGivesItsLastValueSingleAndAllValuesMulti() {
        gateway.send(gateway.withKey("/orders?status=PENDING&tag=new%20customer&tag=gift"));

        var event = function.lastEvent();
        assertThat(event.getQueryStringParameters()).containsEntry("tag", "gift");
        assertThat(event.getMultiValueQueryStringParameters().get("tag")).containsExactly("new customer", "gift");
    }

    @Test
    void theFunctionGetsTheRequestHeadersAsSentSingleAndMultiValued() {
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
    void theFunctionGetsTheBodyAsAStringNotBase64() {
        gateway.send(gateway.postJson("/orders", RunningGateway.VALID_ORDER));

        var event = function.lastEvent();
        assertThat(event.getBody()).isEqualTo(RunningGateway.VALID_ORDER);
        assertThat(event.getIsBase64Encoded()).isFalse();
    }

    @Test
    void aRequestWithoutABodyGivesANullBody() {
        gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        assertThat(function.lastEvent().getBody()).isNull();
    }

    @Test
    void theRequestContextNamesTheRequestStageResourceAndCaller() {
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
    void theLambdaContextCarriesTheRequestIdAsAwsRequestId() {
        gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        assertThat(function.lastContext().getAwsRequestId())
                .isEqualTo(function.lastEvent().getRequestContext().getRequestId());
        assertThat(function.lastContext().getRemainingTimeInMillis()).isPositive();
    }

    @Test
    void aCallersCorrelationIdReachesTheFunctionUntouched() {
        gateway.send(gateway.withKey("/orders/" + ORDER_ID).header("x-correlation-id", "web-checkout-7f3a"));

        assertThat(function.lastEvent().getHeaders()).containsEntry("x-correlation-id", "web-checkout-7f3a");
    }

    @Test
    void everyResponseCarriesTheRequestIdAsApiGatewayAddsIt() {
        var response = gateway.send(gateway.withKey("/orders/" + ORDER_ID));

        assertThat(response.headers().firstValue("x-amzn-RequestId"))
                .hasValue(function.lastEvent().getRequestContext().getRequestId());
    }

    @Test
    void anOptionsRequestOnAnUnknownPathIsA403Problem() {
        var response = gateway.sendUnchecked(gateway.request("/customers").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(CONTRACT.problemViolations(response.body())).isEmpty();
    }
}
