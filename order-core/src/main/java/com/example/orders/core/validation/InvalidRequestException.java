package com.example.orders.core.validation;

import java.util.List;

/** A request that breaks the contract or the domain's rules; becomes a 400 problem. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(describe(violations));
        this.violations = violations.stream().sorted().toList();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.size() == 1 ? "1 field is invalid." : violations.size() + " fields are invalid.";
    }
}
