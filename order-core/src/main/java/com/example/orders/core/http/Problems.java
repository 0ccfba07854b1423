package com.example.orders.core.http;

import com.example.orders.api.model.FieldError;
import com.example.orders.api.model.Problem;
import com.example.orders.core.validation.FieldViolation;

import java.util.List;
import java.util.Map;

/** RFC 9457 problem responses, the only shape errors take. */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {
    }

    public static ApiResponse of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    public static ApiResponse of(ProblemType type, String detail, String instance, List<FieldViolation> violations) {
        Problem problem = new Problem()
                .type(type.type().toString())
                .title(type.title())
                .status(type.status())
                .detail(detail)
                .instance(instance);
        if (!violations.isEmpty()) {
            problem.errors(violations.stream()
                    .map(v -> new FieldError().field(v.field()).message(v.message()))
                    .toList());
        }
        return new ApiResponse(type.status(), Map.of("Content-Type", CONTENT_TYPE), ApiJson.write(problem));
    }

    /** A 400 naming every invalid field. */
    public static ApiResponse invalid(List<FieldViolation> violations, String instance) {
        String detail = violations.size() == 1 ? "1 field is invalid." : violations.size() + " fields are invalid.";
        return of(ProblemType.VALIDATION_ERROR, detail, instance, violations);
    }
}
