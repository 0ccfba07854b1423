package com.example.orders.core.adapter.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's typed JSON for items ({@code {"status": {"S": "PENDING"}}}), as its API answers and
 * its stream records carry them: what the local stream pipe hands to filters and templates, and
 * what priming's canned answers hold.
 */
public final class AttributeValueJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AttributeValueJson() {
    }

    /** An item, each attribute with its type. */
    public static ObjectNode item(Map<String, AttributeValue> attributes) {
        ObjectNode item = NODES.objectNode();
        attributes.forEach((name, value) -> item.set(name, value(value)));
        return item;
    }

    /** One attribute value with its type. */
    public static JsonNode value(AttributeValue value) {
        ObjectNode typed = NODES.objectNode();
        switch (value.type()) {
            case S -> typed.put("S", value.s());
            case N -> typed.put("N", value.n());
            case B -> typed.put("B", base64(value.b()));
            case BOOL -> typed.put("BOOL", value.bool());
            case NUL -> typed.put("NULL", true);
            case SS -> value.ss().forEach(typed.putArray("SS")::add);
            case NS -> value.ns().forEach(typed.putArray("NS")::add);
            case BS -> {
                ArrayNode binaries = typed.putArray("BS");
                value.bs().forEach(binary -> binaries.add(base64(binary)));
            }
            case M -> typed.set("M", item(value.m()));
            case L -> {
                ArrayNode list = typed.putArray("L");
                value.l().forEach(element -> list.add(value(element)));
            }
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("An attribute value of an unknown type: " + value);
        }
        return typed;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
