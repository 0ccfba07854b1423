package com.example.orders.localruntime.events;

import com.example.orders.core.adapter.dynamodb.AttributeValueJson;
import com.example.orders.core.http.ApiJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
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
            dynamodb.set(name, typed(image));
        }
    }

    private static JsonNode typed(Map<String, AttributeValue> image) {
        try {
            return ApiJson.mapper().readTree(AttributeValueJson.item(image));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("The typed JSON of an item did not read back", impossible);
        }
    }
}
