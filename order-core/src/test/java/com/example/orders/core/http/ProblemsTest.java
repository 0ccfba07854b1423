package com.example.orders.core.http;

import com.example.orders.core.validation.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
}
