package com.example.orders.core.validation;

/** One invalid field of a request, named by its JSON path ({@code items[0].quantity}). */
public record FieldViolation(String field, String message) implements Comparable<FieldViolation> {

    @Override
    public int compareTo(FieldViolation other) {
        int byField = field.compareTo(other.field);
        return byField != 0 ? byField : message.compareTo(other.message);
    }
}
