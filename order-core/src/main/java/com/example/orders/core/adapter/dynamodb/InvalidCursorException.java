package com.example.orders.core.adapter.dynamodb;

/** A {@code nextToken} this service did not issue, or issued for another listing. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String message) {
        super(message);
    }
}
