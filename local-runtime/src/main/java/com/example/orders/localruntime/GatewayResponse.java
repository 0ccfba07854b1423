package com.example.orders.localruntime;

import com.example.orders.core.http.ApiResponse;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A response on its way to the client: status, headers (names case-insensitive, several values allowed) and body. */
public record GatewayResponse(int statusCode, Map<String, List<String>> headers, String body) {

    public GatewayResponse {
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), GatewayResponse::concat));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    public static GatewayResponse of(ApiResponse response) {
        var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        response.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return new GatewayResponse(response.statusCode(), headers, response.body());
    }

    public static GatewayResponse empty(int statusCode, Map<String, String> headers) {
        return of(new ApiResponse(statusCode, headers, ""));
    }

    /** This response with {@code extra} headers set, replacing any of the same name. */
    public GatewayResponse withHeaders(Map<String, String> extra) {
        var merged = new TreeMap<>(headers);
        extra.forEach((name, value) -> merged.put(name, List.of(value)));
        return new GatewayResponse(statusCode, merged, body);
    }

    /** This response with the header added unless it already has one of that name. */
    public GatewayResponse withHeaderIfAbsent(String name, String value) {
        return headers.containsKey(name) ? this : withHeaders(Map.of(name, value));
    }

    void send(HttpExchange exchange) throws IOException {
        headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // -1 tells the JDK server there is no body; 0 would mean a chunked one.
        exchange.sendResponseHeaders(statusCode, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
