package com.example.orders.core.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Jackson's streaming parser and generator, as the platform's hand-written JSON uses them on its
 * hot and start-up paths instead of the object mapper (decisions 18 and 19): one factory per
 * container, reading within the object mapper's limits and refusing a repeated key as it does.
 */
public final class StreamedJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(JsonLimits.constraints())
            .build();

    private StreamedJson() {
    }

    /** A parser of {@code text}. */
    static JsonParser parser(String text) throws IOException {
        return JSON.createParser(text);
    }

    /** The JSON text {@code document} writes. */
    public static String written(Document document) {
        var text = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            document.writeTo(json);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to a string failed", impossible);
        }
        return text.toString();
    }

    /** A JSON document, written to a generator. */
    @FunctionalInterface
    public interface Document {
        void writeTo(JsonGenerator json) throws IOException;
    }
}
