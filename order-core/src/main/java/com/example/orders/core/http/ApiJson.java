package com.example.orders.core.http;

import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's JSON, read strictly: unknown fields (every one of them is named), duplicate keys,
 * trailing content, any coercion between types (a number where the contract wants a string, as
 * for money, or a string where it wants an integer), an explicit null, a value outside an enum,
 * and a string that is not well-formed Unicode (an unpaired surrogate escape, a noncharacter) are errors that name
 * the field. Nesting and sizes are bounded so a hostile body costs little to reject. Timestamps
 * are written in UTC with exactly three fraction digits, so they sort as strings. Built once;
 * Jackson mappers are thread-safe and expensive to create.
 */
public final class ApiJson {

    /**
     * The largest request body the API takes; larger ones are refused before parsing. 50 lines of
     * bounded fields fit well inside. No string in a body can be longer.
     */
    public static final int MAX_BODY_BYTES = 65_536;

    private static final ObjectMapper MAPPER = createMapper();
    /**
     * For the contract's generated models: their types exclude null, so an explicit null is
     * refused, never read as absent, and so is a null in place of a list's item. The platform's
     * own records (messages, events) are read with {@link #MAPPER}, where an absent optional
     * component is null, as Jackson gives it to a record.
     */
    private static final ObjectMapper CONTRACT_MODELS = MAPPER.copy()
            .setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL));
    /** Jackson's words for a key that appears twice in one object (STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '([^']*)'");
    private static final String DUPLICATE_KEY = "appears twice in one object";

    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads {@code body} as {@code type}, or throws {@link InvalidRequestException} naming what is wrong. */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw invalid("body", "is required");
        }
        var unknown = new UnknownProperties();
        try {
            T value = (type.isRecord() ? MAPPER : CONTRACT_MODELS).readerFor(type).withHandler(unknown).readValue(body);
            if (value == null) {
                throw invalid("body", "must be a JSON object");
            }
            if (!unknown.fields.isEmpty()) {
                throw new InvalidRequestException(unknown.fields.stream()
                        .map(field -> new FieldViolation(field, "is not a field of this request"))
                        .toList());
            }
            return value;
        } catch (InvalidFormatException wrongValue) {
            throw invalid(path(wrongValue, null), malformed(wrongValue.getTargetType()));
        } catch (InvalidNullException explicitNull) {
            String field = path(explicitNull, null);
            throw invalid(field, field.endsWith("]") ? "must not be null" : "must not be null; leave an optional field out instead");
        } catch (ValueInstantiationException notListed) {
            throw invalid(path(notListed, null), malformed(notListed.getType().getRawClass()));
        } catch (MismatchedInputException wrongType) {
            String field = path(wrongType, null);
            throw invalid(field.isEmpty() ? "body" : field, field.isEmpty()
                    ? "must be a JSON object" : "has a value of the wrong type");
        } catch (StreamConstraintsException tooBig) {
            throw invalid("body", "exceeds the limits on nesting or size");
        } catch (JsonMappingException other) {
            String field = path(other, null);
            Optional<String> duplicate = duplicateKey(other);
            if (duplicate.isPresent()) {
                throw invalid(field.isEmpty() ? duplicate.get() : field + "." + duplicate.get(), DUPLICATE_KEY);
            }
            throw invalid(field.isEmpty() ? "body" : field, "is not valid");
        } catch (JsonProcessingException syntax) {
            Optional<String> duplicate = duplicateKey(syntax);
            if (duplicate.isPresent()) {
                throw invalid(duplicate.get(), DUPLICATE_KEY);
            }
            throw invalid("body", "is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                    + syntax.getLocation().getColumnNr() + ")");
        } catch (IOException unreadable) {
            throw invalid("body", "is not valid JSON");
        }
    }

    /** The key a parse error says appears twice in one object, if that is what it says. */
    private static Optional<String> duplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException parse) {
                Matcher duplicate = DUPLICATE_FIELD.matcher(parse.getOriginalMessage());
                if (duplicate.find()) {
                    return Optional.of(duplicate.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** What a value of the right JSON type but the wrong content is told. */
    private static String malformed(Class<?> target) {
        if (target != null && target.isEnum()) {
            return "must be one of the values the contract lists";
        }
        if (target == String.class) {
            return "must be well-formed Unicode, without unpaired surrogates or noncharacters";
        }
        return "has a value of the wrong type or format";
    }

    /** Every property the request's schema does not have, by path, read past rather than stopping at the first. */
    private static final class UnknownProperties extends DeserializationProblemHandler {

        private final List<String> fields = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            fields.add(fieldPath(parser.getParsingContext().pathAsPointer().toString()));
            parser.skipChildren();
            return true;
        }
    }

    /** A JSON pointer ({@code /items/0/colour}) in the contract's notation ({@code items[0].colour}). */
    static String fieldPath(String pointer) {
        var path = new StringBuilder();
        for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The JSON path of a mapping error, in the contract's notation: {@code items[0].quantity}. */
    private static String path(JsonMappingException error, String leaf) {
        var path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        if (leaf != null && !path.toString().endsWith(leaf)) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(leaf);
        }
        return path.toString();
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldViolation(field, message)));
    }

    private static ObjectMapper createMapper() {
        var factory = JsonMapper.builder().build().getFactory();
        factory.setStreamReadConstraints(JsonLimits.constraints());
        // The models' only time type: JavaTimeModule would build its ~75 serializers for every
        // java.time type at start-up.
        var strict = new SimpleModule("orders-api")
                .addDeserializer(String.class, new WellFormedStrings())
                .addSerializer(OffsetDateTime.class, new MillisecondTimestamps())
                .addDeserializer(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME);
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(strict)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean,
                LogicalType.Float, LogicalType.Enum)) {
            var coercion = mapper.coercionConfigFor(type);
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                coercion.setCoercion(shape, CoercionAction.Fail);
            }
        }
        mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.configure(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION, false);
        return mapper;
    }

    /** Strings as the contract admits them: well-formed Unicode, without noncharacters. */
    private static final class WellFormedStrings extends StdScalarDeserializer<String> {

        WellFormedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !WellFormedText.isWellFormed(value)) {
                throw InvalidFormatException.from(parser, "not well-formed Unicode", value, String.class);
            }
            return value;
        }
    }

    /** {@code 2026-11-24T10:15:30.120Z}: the fraction always has three digits, so the strings sort as the instants do. */
    private static final class MillisecondTimestamps extends StdSerializer<OffsetDateTime> {

        MillisecondTimestamps() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(ContractTimestamps.format(value));
        }
    }
}
