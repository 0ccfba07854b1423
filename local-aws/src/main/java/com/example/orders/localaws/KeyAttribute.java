package com.example.orders.localaws;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A key attribute of a table or index: its name and scalar type. */
public record KeyAttribute(String name, ScalarAttributeType type) {

    public KeyAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static KeyAttribute string(String name) {
        return new KeyAttribute(name, ScalarAttributeType.S);
    }
}
