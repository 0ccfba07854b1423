package com.example.orders.localruntime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * A DynamoDB stream record as EventBridge Pipes hands it to filters and templates: the shape of
 * the Lambda DynamoDB event record ({@code eventName}, {@code dynamodb.NewImage} with typed
 * attribute values such as {@code {"S": "PENDING"}}, ...).
 */
final class StreamRecordJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StreamRecordJson() {
    }

    static ObjectNode of(Record record, String streamArn) {
        ObjectNode event = NODES.objectNode();
        event.put("eventID", record.eventID());
        event.put("eventName", record.eventNameAsString());
        event.put("eventVersion", record.eventVersion());
        event.put("eventSource", record.eventSource());
        event.put("awsRegion", record.awsRegion());
        StreamRecord change = record.dynamodb();
        ObjectNode dynamodb = event.putObject("dynamodb");
        if (change.approximateCreationDateTime() != null) {
            dynamodb.put("ApproximateCreationDateTime", change.approximateCreationDateTime().getEpochSecond());
        }
        putImage(dynamodb, "Keys", change.keys());
        putImage(dynamodb, "NewImage", change.newImage());
        putImage(dynamodb, "OldImage", change.oldImage());
        dynamodb.put("SequenceNumber", change.sequenceNumber());
        if (change.sizeBytes() != null) {
            dynamodb.put("SizeBytes", change.sizeBytes());
        }
        dynamodb.put("StreamViewType", change.streamViewTypeAsString());
        event.put("eventSourceARN", streamArn);
        return event;
    }

    /** A stream record of an item as it is now, as if it had just been written ({@code INSERT}). */
    static ObjectNode ofItem(Map<String, AttributeValue> item, String streamArn) {
        ObjectNode event = NODES.objectNode();
        event.put("eventName", "INSERT");
        event.put("eventSource", "aws:dynamodb");
        putImage(event.putObject("dynamodb"), "NewImage", item);
        event.put("eventSourceARN", streamArn);
        return event;
    }

    private static void putImage(ObjectNode dynamodb, String name, Map<String, AttributeValue> image) {
        // The SDK reports an image the record does not carry as an empty auto-construct map.
        if (image != null && !image.isEmpty()) {
            dynamodb.set(name, item(image));
        }
    }

    private static ObjectNode item(Map<String, AttributeValue> attributes) {
        ObjectNode item = NODES.objectNode();
        attributes.forEach((name, value) -> item.set(name, typed(value)));
        return item;
    }

    private static JsonNode typed(AttributeValue value) {
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
                value.l().forEach(element -> list.add(typed(element)));
            }
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("An attribute value of an unknown type: " + value);
        }
        return typed;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
