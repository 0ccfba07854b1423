package com.example.orders.contracts;

/** The formats consumers rely on, as the regular expressions their pacts match values with. */
public final class Formats {

    public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** A decimal amount as a string, as the contract writes money. */
    public static final String MONEY = "(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?";
    /** An instant in UTC, with or without fractions of a second. */
    public static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";
    public static final String CURRENCY = "[A-Z]{3}";

    private Formats() {
    }
}
