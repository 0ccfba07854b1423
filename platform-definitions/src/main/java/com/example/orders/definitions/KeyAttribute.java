package com.example.orders.definitions;

import java.util.Objects;

/** A key attribute of a table or index: its name and scalar type ({@code S}, {@code N} or {@code B}). */
public record KeyAttribute(String name, String type) {

    public KeyAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static KeyAttribute string(String name) {
        return new KeyAttribute(name, "S");
    }
}
