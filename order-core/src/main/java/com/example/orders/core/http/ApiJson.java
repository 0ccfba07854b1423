package com.example.orders.core.http;

import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.List;

/**
 * The API's JSON, read strictly: unknown fields, duplicate keys, trailing content, and any
 * coercion between types (a number where the contract wants a string, as for money, or a
 * string where it wants an integer) are errors that name the field. Nesting and sizes are
 * bounded so a hostile body costs little to reject. Built once; Jackson mappers are
 * thread-safe and expensive to create.
 */
public final class ApiJson {

    static final int MAX_NESTING_DEPTH = 16;

    private static final ObjectMapper MAPPER = createMapper();

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
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw invalid("body", "must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException unknown) {
            throw invalid(path(unknown, unknown.getPropertyName()), "is not a field of this request");
        } catch (InvalidFormatException wrongValue) {
            throw invalid(path(wrongValue, null), "has a value of the wrong type or format");
        } catch (MismatchedInputException wrongType) {
            String field = path(wrongType, null);
            throw invalid(field.isEmpty() ? "body" : field, field.isEmpty()
                    ? "must be a JSON object" : "has a value of the wrong type");
        } catch (StreamConstraintsException tooBig) {
            throw invalid("body", "exceeds the limits on nesting or size");
        } catch (JsonMappingException other) {
            String field = path(other, null);
            throw invalid(field.isEmpty() ? "body" : field, "is not valid");
        } catch (JsonProcessingException syntax) {
            throw invalid("body", "is not valid JSON (line " + syntax.getLocation().getLineNr()
                    + ", column " + syntax.getLocation().getColumnNr() + ")");
        }
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
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(65_536)
                .maxNumberLength(32)
                .build());
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
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
}
