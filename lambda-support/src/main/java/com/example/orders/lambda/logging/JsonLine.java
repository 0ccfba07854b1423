package com.example.orders.lambda.logging;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.argument.StructuredArgument;
import software.amazon.lambda.powertools.logging.internal.JsonSerializer;

/**
 * One log event as the line Powertools' Lambda JSON layout (LambdaJsonLayout.json) writes: level,
 * message, error, the Lambda context Powertools keeps in the MDC, timestamp, X-Ray trace and
 * correlation id, then every other MDC entry and each structured argument as a field of its own.
 */
final class JsonLine {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Powertools' fields, in the layout's order. */
    private static final List<String> BEFORE_TIMESTAMP = List.of("cold_start", "function_arn", "function_memory_size",
            "function_name", "function_request_id", "function_version", "sampling_rate", "service");
    private static final List<String> AFTER_TIMESTAMP = List.of("xray_trace_id", "correlation_id");
    /** The layout writes these as null when there is no Lambda context; the others it leaves out. */
    private static final Set<String> NULL_WHEN_ABSENT = Set.of("function_arn", "function_name", "function_request_id",
            "function_version", "service");
    private static final Set<String> NUMBERS = Set.of("function_memory_size", "sampling_rate");

    private final StringBuilder text = new StringBuilder(256);
    private final JsonSerializer json = new JsonSerializer(text);
    private boolean first = true;

    private JsonLine() {
    }

    static String of(Level level, String message, Throwable error, Map<String, String> context, Object[] arguments, Instant at) {
        var line = new JsonLine();
        line.json.writeStartObject();
        line.field("level").writeString(level.name());
        line.field("message").writeString(message);
        if (error != null) {
            line.error(error);
        }
        BEFORE_TIMESTAMP.forEach(field -> line.context(field, context.get(field)));
        line.field("timestamp").writeString(TIMESTAMP.format(at));
        AFTER_TIMESTAMP.forEach(field -> line.context(field, context.get(field)));
        context.forEach((key, value) -> {
            if (!BEFORE_TIMESTAMP.contains(key) && !AFTER_TIMESTAMP.contains(key)) {
                line.field(key).writeString(value);
            }
        });
        if (arguments != null) {
            for (Object argument : arguments) {
                if (argument instanceof StructuredArgument structured) {
                    line.structured(structured);
                }
            }
        }
        line.json.writeEndObject();
        return line.text.toString();
    }

    private JsonSerializer field(String name) {
        if (!first) {
            json.writeSeparator();
        }
        first = false;
        json.writeFieldName(name);
        return json;
    }

    private void error(Throwable error) {
        field("error").writeStartObject();
        json.writeStringField("message", error.getMessage());
        json.writeSeparator();
        json.writeStringField("name", error.getClass().getName());
        json.writeSeparator();
        var stack = new StringWriter();
        error.printStackTrace(new PrintWriter(stack));
        json.writeStringField("stack", stack.toString());
        json.writeEndObject();
    }

    private void context(String field, String value) {
        if (field.equals("sampling_rate") && isZero(value)) {
            // Powertools keeps a sampling rate of 0 in the context; the layout leaves it out.
            return;
        }
        if (value == null) {
            if (NULL_WHEN_ABSENT.contains(field)) {
                field(field).writeNull();
            }
        } else if (field.equals("cold_start")) {
            field(field).writeBoolean(Boolean.parseBoolean(value));
        } else if (NUMBERS.contains(field) && isNumber(value)) {
            field(field).writeRaw(value);
        } else {
            field(field).writeString(value);
        }
    }

    private void structured(StructuredArgument argument) {
        json.writeSeparator();
        try {
            argument.writeTo(json);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static boolean isZero(String value) {
        return value != null && isNumber(value) && Double.parseDouble(value) == 0;
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
