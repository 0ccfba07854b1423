package com.example.orders.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.validation.FieldViolation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void problemIsServedAsProblemJson() {
        assertThat(Problems.of(ProblemType.NOT_FOUND, "No order has id x.", "/orders/x").headers())
                .containsEntry("Content-Type", "application/problem+json");
    }

    @Test
    void validationProblemListsEachField() {
        var response = Problems.invalid(List.of(new FieldViolation("items[0].quantity", "must be at least 1")), "/orders");
        assertThat(response.body()).contains("\"field\":\"items[0].quantity\"", "\"status\":400",
                "\"type\":\"https://orders.example.com/problems/validation-error\"");
    }

    private static JsonNode body(ApiResponse response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void anEchoedMessageIsShortenedToTheSchemasBound() throws Exception {
        var response = Problems.invalid(List.of(new FieldViolation("name", "x".repeat(10_000))), "/orders");
        assertThat(body(response).path("errors").get(0).path("message").asText().codePointCount(0, 500)).isLessThanOrEqualTo(500);
        assertThat(body(response).path("errors").get(0).path("message").asText()).hasSizeLessThanOrEqualTo(500).endsWith("\u2026");
    }

    @Test
    void anEchoedFieldNameIsShortenedToTheSchemasBound() throws Exception {
        var response = Problems.invalid(List.of(new FieldViolation("f".repeat(400), "is not a field of this request")), "/orders");
        assertThat(body(response).path("errors").get(0).path("field").asText()).hasSize(300);
    }

    @Test
    void aLongListOfFieldsEndsWithOneEntryCountingTheRest() throws Exception {
        var violations = IntStream.range(0, 5000).mapToObj(i -> new FieldViolation("extra" + i, "is not a field of this request")).toList();
        JsonNode problem = body(Problems.invalid(violations, "/orders"));
        assertThat(problem.path("errors")).hasSize(200);
        assertThat(problem.path("errors").get(199).path("field").asText()).isEqualTo(Problems.MORE_FIELDS);
        assertThat(problem.path("errors").get(199).path("message").asText()).isEqualTo("and 4801 more fields are invalid");
        assertThat(problem.path("detail").asText()).isEqualTo("5000 fields are invalid.");
    }

    @Test
    void aLongInstanceIsShortenedToTheSchemasBound() throws Exception {
        String path = "/orders/" + "a".repeat(3000);
        assertThat(body(Problems.of(ProblemType.VALIDATION_ERROR, "1 field is invalid.", path)).path("instance").asText())
                .hasSize(2048).startsWith("/orders/aaa");
    }

    @Test
    void theDetailCountsTheFieldsListed() throws Exception {
        JsonNode problem = body(Problems.invalid(List.of(new FieldViolation("a", "is required"), new FieldViolation("b", "is required")), "/orders"));
        assertThat(problem.path("detail").asText()).isEqualTo("2 fields are invalid.");
        assertThat(problem.path("errors")).hasSize(2);
    }
}
