package com.example.orders.core.adapter.dynamodb;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How instants are written in the table. Fixed width, UTC, milliseconds: the sort key
 * {@code createdAt} orders lexicographically, so every value must have the same shape for
 * "newest first" to be chronological ({@link DateTimeFormatter#ISO_INSTANT} drops trailing
 * zeros and would not).
 */
public final class StoredTimestamp {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StoredTimestamp() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String stored) {
        return Instant.parse(stored);
    }
}
