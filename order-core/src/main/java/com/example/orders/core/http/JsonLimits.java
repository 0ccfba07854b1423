package com.example.orders.core.http;

import com.fasterxml.jackson.core.StreamReadConstraints;

/** How much of a request body the API reads before refusing it: nesting and sizes, bounded so a hostile body costs little. */
final class JsonLimits {

    static final int MAX_NESTING_DEPTH = 16;
    static final int MAX_NUMBER_LENGTH = 32;

    private JsonLimits() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(ApiJson.MAX_BODY_BYTES)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
    }
}
