package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.http.StreamedJson;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's typed JSON for items ({@code {"status": {"S": "PENDING"}}}), as its API answers and
 * its stream records carry them: what the local stream pipe hands to filters and templates, and
 * what priming's canned answers hold. Written with Jackson's streaming generator, so the
 * notifier, whose jar has no object mapper (decision 18), primes with it too.
 */
public final class AttributeValueJson {

    private AttributeValueJson() {
    }

    /** An item, each attribute with its type, as a JSON object. */
    public static String item(Map<String, AttributeValue> attributes) {
        return StreamedJson.written(json -> writeItem(json, attributes));
    }

    /** Writes an item, each attribute with its type, as the next value of {@code json}. */
    static void writeItem(JsonGenerator json, Map<String, AttributeValue> attributes) throws IOException {
        json.writeStartObject();
        for (var attribute : attributes.entrySet()) {
            json.writeFieldName(attribute.getKey());
            writeValue(json, attribute.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, AttributeValue value) throws IOException {
        json.writeStartObject();
        switch (value.type()) {
            case S -> json.writeStringField("S", value.s());
            case N -> json.writeStringField("N", value.n());
            case B -> json.writeStringField("B", base64(value.b()));
            case BOOL -> json.writeBooleanField("BOOL", value.bool());
            case NUL -> json.writeBooleanField("NULL", true);
            case SS -> writeStrings(json, "SS", value.ss());
            case NS -> writeStrings(json, "NS", value.ns());
            case BS -> writeStrings(json, "BS", value.bs().stream().map(AttributeValueJson::base64).toList());
            case M -> {
                json.writeFieldName("M");
                writeItem(json, value.m());
            }
            case L -> {
                json.writeArrayFieldStart("L");
                for (AttributeValue element : value.l()) {
                    writeValue(json, element);
                }
                json.writeEndArray();
            }
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("An attribute value of an unknown type: " + value);
        }
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String type, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(type);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
