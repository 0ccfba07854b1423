package com.example.orders.core.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredTimestampTest {

    @Test
    void wholeSecondsKeepTheirMillisecondDigitsSoSortingStaysChronological() {
        String whole = StoredTimestamp.format(Instant.parse("2026-11-24T10:15:30Z"));
        String later = StoredTimestamp.format(Instant.parse("2026-11-24T10:15:30.5Z"));
        assertThat(whole).isEqualTo("2026-11-24T10:15:30.000Z");
        assertThat(whole.compareTo(later)).isNegative();
    }

    @Test
    void formattedTimestampParsesBack() {
        Instant instant = Instant.parse("2026-11-24T10:15:30.123Z");
        assertThat(StoredTimestamp.parse(StoredTimestamp.format(instant))).isEqualTo(instant);
    }
}
