package com.example.orders.core.validation;

import com.example.orders.api.model.Address;
import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.api.model.Customer;
import com.example.orders.api.model.OrderLineRequest;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation of the generated API models, holding them to the contract as JSON Schema reads
 * it: a string's length is counted in characters (code points), not in UTF-16 units, so an emoji
 * is one. Each invalid field gets one message in the API's words. Built once per container:
 * bootstrapping Hibernate Validator is the expensive part. Its predefined scope is told the
 * request models and the constraints the contract generates, so it builds their metadata here,
 * in the constructor (primed into a SnapStart snapshot), instead of on the first request, and
 * registers only those constraints' validators, not the hundreds of built-in ones. The parameter
 * interpolator avoids an Expression Language implementation, whose start-up we would pay for
 * messages we never template.
 */
public final class RequestValidator {

    /** Every model a request body is read into, the nested ones included. */
    static final Set<Class<?>> REQUEST_MODELS = Set.of(CreateOrderRequest.class, Customer.class, OrderLineRequest.class,
            Address.class);
    /** The constraints the generator writes for the contract's keywords (required, lengths, patterns, bounds). */
    static final Set<Class<? extends Annotation>> CONSTRAINTS = Set.of(NotNull.class, Size.class, Pattern.class, Min.class,
            Max.class);

    /** The switch JBoss Logging, Hibernate Validator's logging facade, reads to choose its backend. */
    static final String LOGGING_PROVIDER = "org.jboss.logging.provider";

    static {
        // Without it JBoss Logging, finding no Logback, falls back to java.util.logging: a plain-text
        // line on standard error at every cold start, outside the structured log, and some 50 more
        // classes to load. Through SLF4J, Hibernate Validator's lines are the functions' JSON lines.
        if (System.getProperty(LOGGING_PROVIDER) == null) {
            System.setProperty(LOGGING_PROVIDER, "slf4j");
        }
    }

    private final Validator validator;

    public RequestValidator() {
        PredefinedScopeHibernateValidatorConfiguration configuration = Validation.byProvider(PredefinedScopeHibernateValidator.class)
                .configure()
                .builtinConstraints(CONSTRAINTS.stream().map(Class::getName).collect(Collectors.toSet()))
                .initializeBeanMetaData(REQUEST_MODELS)
                .locales(Set.of(Locale.ROOT))
                .defaultLocale(Locale.ROOT)
                .messageInterpolator(new ParameterMessageInterpolator())
                .failFast(false);
        ConstraintMapping codePoints = configuration.createConstraintMapping();
        codePoints.constraintDefinition(Size.class)
                .includeExistingValidators(false)
                .validatedBy(CodePointSize.class)
                .validatedBy(CollectionSize.class);
        this.validator = configuration.addMapping(codePoints).buildValidatorFactory().getValidator();
    }

    /** The violations of {@code request}, one per field, sorted by field; empty when it is valid. */
    public List<FieldViolation> violationsOf(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> Integer.compare(rank(a), rank(b)))
                .forEach(violation -> byField.computeIfAbsent(violation.getPropertyPath().toString(), field -> new ArrayList<>())
                        .add(message(violation)));
        return byField.entrySet().stream()
                .map(field -> new FieldViolation(field.getKey(), String.join(" and ", field.getValue().stream().distinct().toList())))
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

    /** A missing value says all; its other constraints are not worth a word. */
    private static int rank(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation() instanceof NotNull ? 0 : 1;
    }

    /** What the contract asks of the field, in the API's words rather than the validator's. */
    private static String message(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        return switch (constraint) {
            case NotNull required -> "is required";
            case Size size when violation.getInvalidValue() instanceof Collection<?> ->
                    "must have " + range(size.min(), size.max()) + " items";
            case Size size -> "must be " + range(size.min(), size.max()) + " characters long";
            case Pattern pattern -> "must match the pattern " + pattern.regexp();
            case Min min -> "must be at least " + min.value();
            case Max max -> "must be at most " + max.value();
            default -> violation.getMessage();
        };
    }

    private static String range(int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return "at least " + min;
        }
        return min == max ? Integer.toString(min) : min + " to " + max;
    }

    /** {@code @Size} of a string as JSON Schema's maxLength and minLength count it: in code points. */
    public static final class CodePointSize implements ConstraintValidator<Size, CharSequence> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = Character.codePointCount(value, 0, value.length());
            return length >= min && length <= max;
        }
    }

    /** {@code @Size} of a list: its number of items. */
    public static final class CollectionSize implements ConstraintValidator<Size, Collection<?>> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || (value.size() >= min && value.size() <= max);
        }
    }
}
