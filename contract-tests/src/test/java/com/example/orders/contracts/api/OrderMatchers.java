package com.example.orders.contracts.api;

import static com.example.orders.contracts.Formats.CURRENCY;
import static com.example.orders.contracts.Formats.MONEY;
import static com.example.orders.contracts.Formats.TIMESTAMP;
import static com.example.orders.contracts.Formats.UUID;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * What the frontend relies on in the API's responses, as Pact matchers: shapes and formats, not
 * values, so the provider may answer with any order that has them.
 */
final class OrderMatchers {

    static final String PROBLEM_TYPE = "https://orders.example.com/problems/";

    private OrderMatchers() {
    }

    /** An order as the API returns it, in {@code status}. */
    static PactDslJsonBody order(String status) {
        return fill(new PactDslJsonBody(), status);
    }

    /** A page of orders in {@code status}: at least {@code minItems}, and a cursor when {@code hasNext}. */
    static DslPart page(String status, int minItems, boolean hasNext) {
        PactDslJsonBody page = fill(new PactDslJsonBody().minArrayLike("items", minItems), status).closeObject().closeArray().asBody();
        return hasNext ? page.stringMatcher("nextToken", "[A-Za-z0-9_-]+", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") : page;
    }

    private static PactDslJsonBody fill(PactDslJsonBody order, String status) {
        return order
                .stringMatcher("orderId", UUID, "0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10")
                .object("customer")
                    .stringType("customerId", "cust-1001")
                    .closeObject().asBody()
                .minArrayLike("items", 1)
                    .stringType("sku", "BOOK-0001")
                    .stringType("name", "The Pragmatic Programmer")
                    .integerType("quantity", 1)
                    .stringMatcher("unitPrice", MONEY, "39.99")
                    .stringMatcher("lineTotal", MONEY, "39.99")
                    .closeObject().closeArray().asBody()
                .stringMatcher("currency", CURRENCY, "EUR")
                .stringMatcher("total", MONEY, "39.99")
                .stringValue("status", status)
                .stringMatcher("createdAt", TIMESTAMP, "2026-11-24T10:15:30.123Z")
                .stringMatcher("updatedAt", TIMESTAMP, "2026-11-24T10:15:30.123Z");
    }

    /** A problem+json body of the given type and status. */
    static PactDslJsonBody problem(String type, int status) {
        return new PactDslJsonBody()
                .stringValue("type", PROBLEM_TYPE + type)
                .stringType("title", "A title")
                .numberValue("status", status)
                .stringType("detail", "What went wrong.");
    }
}
