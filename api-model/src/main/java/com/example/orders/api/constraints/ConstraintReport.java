package com.example.orders.api.constraints;

/**
 * Where {@link ContractConstraints}, generated from the contract, reports each property that
 * breaks it. It reports facts (which field, which keyword, its bounds); the words a client reads
 * are the reader's choice.
 */
public interface ConstraintReport {

    /** A required property is absent (or null). */
    void missing(String field);

    /** A string's length in characters (code points, as JSON Schema counts them) is outside {@code min} to {@code max}. */
    void length(String field, int min, int max);

    /** A string does not match the contract's {@code pattern}. */
    void pattern(String field, String pattern);

    /** An integer is below the contract's {@code minimum}. */
    void below(String field, long minimum);

    /** An integer is above the contract's {@code maximum}. */
    void above(String field, long maximum);

    /** A list's number of items is outside {@code min} to {@code max}. */
    void itemCount(String field, int min, int max);
}
