package com.example.orders.core.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP response as the API gives it, independent of how it travels (an API Gateway proxy
 * response in Lambda, a socket in the local gateway).
 */
public record ApiResponse(int statusCode, Map<String, String> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int statusCode, String body) {
        return new ApiResponse(statusCode, Map.of("Content-Type", "application/json"), body);
    }

    /** This response with {@code extra} headers added (replacing any of the same name). */
    public ApiResponse withHeaders(Map<String, String> extra) {
        var merged = new LinkedHashMap<>(headers);
        merged.putAll(extra);
        return new ApiResponse(statusCode, merged, body);
    }
}
