package com.example.orders.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.List;
import java.util.Set;

/**
 * Bean Validation of the generated API models. Built once per container: bootstrapping
 * Hibernate Validator is the expensive part. The parameter interpolator avoids pulling in an
 * Expression Language implementation, which would cost start-up time for messages we never
 * template.
 */
public final class RequestValidator {

    private final Validator validator;

    public RequestValidator() {
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .failFast(false)
                .buildValidatorFactory()
                .getValidator();
    }

    /** The violations of {@code request}, sorted by field; empty when it is valid. */
    public List<FieldViolation> violationsOf(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        return violations.stream()
                .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted()
                .toList();
    }

    /** Throws {@link InvalidRequestException} naming every invalid field. */
    public <T> T requireValid(T request) {
        List<FieldViolation> violations = violationsOf(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return request;
    }
}
