package com.example.orders.core.order.create;

import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.core.http.ApiModelJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two create requests "the same" for idempotency: the SHA-256 of the parsed request
 * written back in canonical form, so whitespace and key order in the client's JSON do not
 * matter, but any difference in content does. The form is the object mapper's, byte for byte
 * (ApiModelJsonTest), so keys stored before keep matching their retries.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(CreateOrderRequest parsedRequest) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ApiModelJson.write(parsedRequest).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
