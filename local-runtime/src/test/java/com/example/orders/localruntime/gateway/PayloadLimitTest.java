package com.example.orders.localruntime.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class PayloadLimitTest {

    private final PayloadLimit limit = new PayloadLimit(4);

    @Test
    void apiGatewaysLimitIs10Mib() {
        assertThat(PayloadLimit.API_GATEWAY.maxBytes()).isEqualTo(10 * 1024 * 1024);
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws IOException {
        assertThat(limit.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 4)).hasValue(new byte[] {1, 2, 3, 4});
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReading() throws IOException {
        InputStream unreadable = InputStream.nullInputStream();
        unreadable.close();

        assertThat(limit.read(unreadable, 5)).isEmpty();
    }

    @Test
    void aBodyOfUnknownLengthIsRefusedOnceItPassesTheLimit() throws IOException {
        assertThat(limit.read(new ByteArrayInputStream(new byte[100]), -1)).isEmpty();
    }
}
