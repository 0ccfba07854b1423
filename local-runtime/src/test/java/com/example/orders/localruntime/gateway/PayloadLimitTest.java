package com.example.orders.localruntime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class PayloadLimitTest {

    private final PayloadLimit limit = new PayloadLimit(4);

    @Test
    void api_gateways_limit_is_10_mib() {
        assertThat(PayloadLimit.API_GATEWAY.maxBytes()).isEqualTo(10 * 1024 * 1024);
    }

    @Test
    void a_body_within_the_limit_is_read_whole() throws IOException {
        assertThat(limit.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 4)).hasValue(new byte[] {1, 2, 3, 4});
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_without_reading() throws IOException {
        InputStream unreadable = InputStream.nullInputStream();
        unreadable.close();

        assertThat(limit.read(unreadable, 5)).isEmpty();
    }

    @Test
    void a_body_of_unknown_length_is_refused_once_it_passes_the_limit() throws IOException {
        assertThat(limit.read(new ByteArrayInputStream(new byte[100]), -1)).isEmpty();
    }
}
