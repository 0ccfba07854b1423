package com.example.orders.core.http;

import com.example.orders.api.model.FieldError;
import com.example.orders.api.model.Problem;
import com.example.orders.core.validation.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem responses, the only shape errors take, always within the contract's Problem
 * schema: whatever a request echoes into one (a path, an unknown property's name) is shortened to
 * the schema's bounds, and a list of invalid fields longer than the schema allows ends with one
 * entry, field {@code *}, counting the rest.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** The Problem schema's bounds, in characters (code points), as JSON Schema counts them. */
    static final int MAX_DETAIL = 2000;
    static final int MAX_INSTANCE = 2048;
    static final int MAX_ERRORS = 200;
    static final int MAX_FIELD = 300;
    static final int MAX_MESSAGE = 500;
    /** The field of the entry that stands for the fields left off a full list. */
    public static final String MORE_FIELDS = "*";

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
                .detail(shortened(detail, MAX_DETAIL))
                .instance(shortened(instance, MAX_INSTANCE));
        if (!violations.isEmpty()) {
            problem.errors(errors(violations));
        }
        return new ApiResponse(type.status(), Map.of("Content-Type", CONTENT_TYPE), ApiJson.write(problem));
    }

    /** A 400 naming every invalid field once; the detail counts them. */
    public static ApiResponse invalid(List<FieldViolation> violations, String instance) {
        long fields = violations.stream().map(FieldViolation::field).distinct().count();
        String detail = fields == 1 ? "1 field is invalid." : fields + " fields are invalid.";
        return of(ProblemType.VALIDATION_ERROR, detail, instance, violations);
    }

    private static List<FieldError> errors(List<FieldViolation> violations) {
        var errors = new ArrayList<FieldError>();
        int listed = violations.size() <= MAX_ERRORS ? violations.size() : MAX_ERRORS - 1;
        for (FieldViolation violation : violations.subList(0, listed)) {
            errors.add(new FieldError().field(shortened(violation.field(), MAX_FIELD)).message(shortened(violation.message(), MAX_MESSAGE)));
        }
        if (listed < violations.size()) {
            int more = violations.size() - listed;
            errors.add(new FieldError().field(MORE_FIELDS).message("and " + more + " more " + (more == 1 ? "field is" : "fields are")
                    + " invalid"));
        }
        return errors;
    }

    /** {@code text} cut to at most {@code max} characters (code points), ending with an ellipsis when cut. */
    static String shortened(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}
