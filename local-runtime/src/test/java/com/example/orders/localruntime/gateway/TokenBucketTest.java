package com.example.orders.localruntime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private final TokenBucket bucket = new TokenBucket(new UsagePlan(10, 3), 0);

    @Test
    void a_full_bucket_lets_a_whole_burst_through_at_once() {
        assertThat(bucket.take(0)).isEmpty();
        assertThat(bucket.take(0)).isEmpty();
        assertThat(bucket.take(0)).isEmpty();
    }

    @Test
    void an_empty_bucket_tells_how_long_until_the_next_token() {
        bucket.take(0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(0)).hasValue(Duration.ofMillis(100));
    }

    @Test
    void tokens_come_back_at_the_plans_rate() {
        bucket.take(0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(SECOND / 10)).isEmpty();
    }

    @Test
    void a_long_pause_refills_no_more_than_the_burst() {
        bucket.take(0);

        long muchLater = 60 * SECOND;
        assertThat(bucket.take(muchLater)).isEmpty();
        assertThat(bucket.take(muchLater)).isEmpty();
        assertThat(bucket.take(muchLater)).isEmpty();
        assertThat(bucket.take(muchLater)).isPresent();
    }
}
