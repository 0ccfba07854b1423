package com.example.orders.localruntime;

/** Bodies of {@code POST /orders} for tests, as a client sends them. */
final class OrderRequests {

    private OrderRequests() {
    }

    /** One copy of a book in stock (BOOK-0001), for {@code customerId}, who has an email address. */
    static String oneBook(String customerId) {
        return """
                {"customer":{"customerId":"%s","email":"ada@example.com"},
                 "items":[{"sku":"BOOK-0001","name":"The Pragmatic Programmer","quantity":1,"unitPrice":"39.99"}],
                 "currency":"EUR"}""".formatted(customerId);
    }
}
