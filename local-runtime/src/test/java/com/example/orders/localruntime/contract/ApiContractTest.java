package com.example.orders.localruntime.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiContractTest {

    private static final ApiContract CONTRACT = ApiContract.bundled();
    private static final Map<String, List<String>> PROBLEM = Map.of("Content-Type", List.of("application/problem+json"));
    private static final String FORBIDDEN = """
            {"type":"https://orders.example.com/problems/forbidden","title":"Forbidden","status":403}""";

    @Test
    void theRequestExampleOfAnOperationIsItsFirstBodyExampleAsJson() {
        assertThat(CONTRACT.requestExample("createOrder")).hasValueSatisfying(json -> assertThat(json)
                .startsWith("{\"customer\":{\"customerId\":\"cust-1001\"")
                .contains("\"unitPrice\":\"39.99\""));
    }

    @Test
    void correlationIdsFollowTheContractsHeaderSchema() {
        assertThat(CONTRACT.acceptsCorrelationId("web-checkout-7f3a")).isTrue();
        assertThat(CONTRACT.acceptsCorrelationId("has spaces")).isFalse();
        assertThat(CONTRACT.acceptsCorrelationId("x".repeat(129))).isFalse();
    }

    @Test
    void aDocumentedProblemIsAValidResponse() {
        assertThat(CONTRACT.responseViolations("GET", "/orders", 403, PROBLEM, FORBIDDEN)).isEmpty();
    }

    @Test
    void aStatusTheOperationDoesNotDocumentIsAViolation() {
        assertThat(CONTRACT.responseViolations("GET", "/orders", 418, PROBLEM, FORBIDDEN.replace("403", "418"))).isNotEmpty();
    }

    @Test
    void aProblemBreakingItsSchemasBoundsIsAViolation() {
        String tooLongInstance = FORBIDDEN.replace("}", ",\"instance\":\"/" + "x".repeat(2048) + "\"}");

        assertThat(CONTRACT.problemViolations(tooLongInstance)).isNotEmpty();
    }

    @Test
    void anAnswerToNoOperationMustBeAProblem() {
        assertThat(CONTRACT.responseViolations("DELETE", "/orders", 403, PROBLEM, FORBIDDEN)).isEmpty();
        assertThat(CONTRACT.responseViolations("DELETE", "/orders", 403, Map.of("Content-Type", List.of("text/html")), "<h1>"))
                .isNotEmpty();
    }
}
