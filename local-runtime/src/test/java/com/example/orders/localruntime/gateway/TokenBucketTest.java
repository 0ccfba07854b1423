package com.example.orders.localruntime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private final TokenBucket bucket = new TokenBucket(new UsagePlan(10, 3), 0);

    @Test
    void aFullBucketLetsAWholeBurstThroughAtOnce() {
        assertThat(bucket.take(0)).isEmpty();
        assertThat(bucket.take(0)).isEmpty();
        assertThat(bucket.take(0)).isEmpty();
    }

    @Test
    void anEmptyBucketTellsHowLongUntilTheNextToken() {
        bucket.take(0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(0)).hasValue(Duration.ofMillis(100));
    }

    @Test
    void tokensComeBackAtThePlansRate() {
        bucket.take(0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(SECOND / 10)).isEmpty();
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        bucket.take(0);

        long muchLater = 60 * SECOND;
        assertThat(bucket.take(muchLater)).isEmpty();
        assertThat(bucket.take(muchLater)).isEmpty();
        assertThat(bucket.take(muchLater)).isEmpty();
        assertThat(bucket.take(muchLater)).isPresent();
    }
}
