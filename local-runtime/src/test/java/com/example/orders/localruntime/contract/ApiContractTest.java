package com.example.orders.localruntime.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiContractTest {

    private static final ApiContract CONTRACT = ApiContract.bundled();
    private static final Map<String, List<String>> PROBLEM = Map.of("Content-Type", List.of("application/problem+json"),
            "Cache-Control", List.of("no-store"), "X-Content-Type-Options", List.of("nosniff"));
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
    void aResponseWithoutTheHeadersTheContractPromisesIsAViolation() {
        assertThat(CONTRACT.responseViolations("GET", "/orders", 403, Map.of("Content-Type", List.of("application/problem+json")),
                FORBIDDEN)).anyMatch(violation -> violation.contains("Cache-Control"));
    }

    @Test
    void aTimestampWithoutThreeFractionDigitsIsAViolation() {
        String page = """
                {"items":[{"orderId":"0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10","customer":{"customerId":"c"},
                "items":[{"sku":"A","name":"A","quantity":1,"unitPrice":"1.00","lineTotal":"1.00"}],"currency":"EUR",
                "total":"1.00","status":"PENDING","createdAt":"2026-11-24T10:15:30.12Z","updatedAt":"2026-11-24T10:15:30.120Z"}]}""";
        var headers = Map.of("Content-Type", List.of("application/json"), "Cache-Control", List.of("no-store"),
                "X-Content-Type-Options", List.of("nosniff"));

        assertThat(CONTRACT.responseViolations("GET", "/orders", 200, headers, page)).isNotEmpty();
        assertThat(CONTRACT.responseViolations("GET", "/orders", 200, headers, page.replace(".12Z", ".120Z"))).isEmpty();
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
