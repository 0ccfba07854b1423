package com.example.orders.localruntime.gateway;

import static com.example.orders.localruntime.gateway.RunningGateway.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.localruntime.OrderFunctions;
import com.example.orders.localruntime.lambda.LambdaFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayIntegrationFailureTest {

    @Test
    void aFunctionThatThrowsIsA500InternalErrorProblem() {
        try (var gateway = RunningGateway.start((event, context) -> {
            throw new IllegalStateException("the function broke");
        })) {
            var response = gateway.send(gateway.withKey("/orders?status=PENDING"));

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).path("type").asText()).isEqualTo("https://orders.example.com/problems/internal-error");
            assertThat(response.body()).doesNotContain("the function broke");
        }
    }

    @Test
    void aFunctionAnswerWithoutAStatusCodeIsA500Problem() {
        try (var gateway = RunningGateway.start((event, context) -> new APIGatewayProxyResponseEvent().withBody("{}"))) {
            var response = gateway.send(gateway.withKey("/orders?status=PENDING"));

            assertThat(response.statusCode()).isEqualTo(500);
        }
    }

    @Test
    void aFunctionAnswerWithoutAContentTypeGetsApplicationJson() {
        try (var gateway = RunningGateway.start((event, context) -> new APIGatewayProxyResponseEvent().withStatusCode(200)
                .withHeaders(RecordingFunction.CONTRACT_HEADERS).withBody("{\"items\":[]}"))) {
            var response = gateway.send(gateway.withKey("/orders?status=PENDING"));

            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        }
    }

    @Test
    void multiValueHeadersOfAFunctionAnswerReachTheClientAndWinOverSingleOnes() {
        try (var gateway = RunningGateway.start((event, context) -> new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withBody("{\"items\":[]}")
                .withHeaders(withContractHeaders("X-Flavour", "single"))
                .withMultiValueHeaders(Map.of("X-Flavour", List.of("first", "second"))))) {
            var response = gateway.send(gateway.withKey("/orders?status=PENDING"));

            assertThat(response.headers().allValues("X-Flavour")).containsExactly("first", "second");
        }
    }

    @Test
    void aGatewayWithoutAFunctionAnIntegrationInvokesDoesNotStart() {
        var function = new LambdaFunction(OrderFunctions.CREATE_FUNCTION, new RecordingFunction());

        assertThatThrownBy(() -> ApiGateway.start(RunningGateway.settings(), RunningGateway.api(),
                Map.of(OrderFunctions.CREATE_FUNCTION, function)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(OrderFunctions.QUERY_FUNCTION);
    }

    private static Map<String, String> withContractHeaders(String name, String value) {
        var headers = new HashMap<>(RecordingFunction.CONTRACT_HEADERS);
        headers.put(name, value);
        return headers;
    }
}
