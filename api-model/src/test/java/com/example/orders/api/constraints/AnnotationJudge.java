package com.example.orders.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The reference judge: Hibernate Validator reading the generated models' Bean Validation
 * annotations, with a string's {@code @Size} counted in characters (code points), as JSON Schema
 * counts the contract's maxLength and minLength.
 */
final class AnnotationJudge {

    private final Validator validator;

    AnnotationJudge() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintMapping codePoints = configuration.createConstraintMapping();
        codePoints.constraintDefinition(Size.class)
                .includeExistingValidators(false)
                .validatedBy(CodePointSize.class)
                .validatedBy(CollectionSize.class);
        this.validator = configuration.addMapping(codePoints).buildValidatorFactory().getValidator();
    }

    Set<Breach> breachesOf(Object model) {
        return validator.validate(model).stream().map(AnnotationJudge::breach).collect(Collectors.toSet());
    }

    private static Breach breach(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        return switch (constraint) {
            case NotNull required -> new Breach(field, "required", "");
            case Size size when violation.getInvalidValue() instanceof Collection<?> ->
                    new Breach(field, "items", size.min() + ".." + size.max());
            case Size size -> new Breach(field, "length", size.min() + ".." + size.max());
            case Pattern pattern -> new Breach(field, "pattern", pattern.regexp());
            case Min min -> new Breach(field, "minimum", Long.toString(min.value()));
            case Max max -> new Breach(field, "maximum", Long.toString(max.value()));
            default -> throw new AssertionError("A generated model carries " + constraint.annotationType().getSimpleName()
                    + ", which ContractConstraints does not check: teach the template it");
        };
    }

    /** {@code @Size}'s bounds, for a size measured by the subclass. */
    private abstract static class SizeBounds<T> implements ConstraintValidator<Size, T> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        boolean within(int size) {
            return size >= min && size <= max;
        }
    }

    /** {@code @Size} of a string, in code points. */
    public static final class CodePointSize extends SizeBounds<CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || within(Character.codePointCount(value, 0, value.length()));
        }
    }

    /** {@code @Size} of a list: its number of items. */
    public static final class CollectionSize extends SizeBounds<Collection<?>> {

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || within(value.size());
        }
    }
}
