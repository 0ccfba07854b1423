package com.example.orders.core.http;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the contract promises of createdAt and updatedAt: UTC, milliseconds, always three digits, so they sort as strings. */
final class ContractTimestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

    private ContractTimestamps() {
    }

    static String format(OffsetDateTime value) {
        return FORMAT.format(value.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
