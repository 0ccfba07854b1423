package com.example.orders.localruntime.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The largest request body the gateway accepts: API Gateway's payload quota, 10 MB (the functions
 * refuse far smaller bodies themselves). A declared Content-Length over the limit is refused
 * before a byte is read; a body of unknown length is read only up to the limit, so an oversized
 * one never sits in memory whole.
 */
record PayloadLimit(int maxBytes) {

    /** API Gateway's quota on a REST API's payload: 10 MB, not configurable. */
    public static final PayloadLimit API_GATEWAY = new PayloadLimit(10 * 1024 * 1024);

    public PayloadLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The payload limit must be at least 1 byte, got " + maxBytes);
        }
    }

    /**
     * The body, or empty when it exceeds the limit.
     *
     * @param declaredLength the Content-Length, or a negative number when it is not known
     */
    public Optional<byte[]> read(InputStream body, long declaredLength) throws IOException {
        if (declaredLength > maxBytes) {
            return Optional.empty();
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
}
