package com.example.orders.core.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AttributeValueJsonTest {

    @Test
    void everyAttributeIsWrittenUnderItsTypeAsDynamoDbsApiWritesIt() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.fromS("a \"quoted\" é"));
        item.put("n", AttributeValue.fromN("1.50"));
        item.put("b", AttributeValue.fromB(SdkBytes.fromUtf8String("hi")));
        item.put("bool", AttributeValue.fromBool(false));
        item.put("null", AttributeValue.fromNul(true));
        item.put("ss", AttributeValue.fromSs(List.of("x", "y")));
        item.put("ns", AttributeValue.fromNs(List.of("1", "2")));
        item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("hi"))));
        item.put("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))));
        item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromN("3"), AttributeValue.fromS("z"))));

        assertThat(AttributeValueJson.item(item)).isEqualTo("""
                {"s":{"S":"a \\"quoted\\" é"},"n":{"N":"1.50"},"b":{"B":"aGk="},"bool":{"BOOL":false},\
                "null":{"NULL":true},"ss":{"SS":["x","y"]},"ns":{"NS":["1","2"]},"bs":{"BS":["aGk="]},\
                "m":{"M":{"k":{"S":"v"}}},"l":{"L":[{"N":"3"},{"S":"z"}]}}""");
    }
}
