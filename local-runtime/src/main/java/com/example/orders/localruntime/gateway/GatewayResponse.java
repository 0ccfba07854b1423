package com.example.orders.localruntime.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A response on its way to the client: status, headers (names case-insensitive, several values allowed) and body. */
record GatewayResponse(int statusCode, Map<String, List<String>> headers, String body) {

    GatewayResponse {
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), GatewayResponse::concat));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    /** This response with {@code extra} headers set, replacing any of the same name. */
    GatewayResponse withHeaders(Map<String, String> extra) {
        var merged = new TreeMap<>(headers);
        extra.forEach((name, value) -> merged.put(name, List.of(value)));
        return new GatewayResponse(statusCode, merged, body);
    }

    /** This response with the header added unless it already has one of that name. */
    GatewayResponse withHeaderIfAbsent(String name, String value) {
        return headers.containsKey(name) ? this : withHeaders(Map.of(name, value));
    }

    /** Sends it; a HEAD request, a 204 and a 304 get the headers only, as HTTP prescribes. */
    void write(Response response, Callback callback, boolean head) {
        response.setStatus(statusCode);
        headers.forEach((name, values) -> values.forEach(value -> response.getHeaders().add(name, value)));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean withoutBody = statusCode == 204 || statusCode == 304;
        if (withoutBody) {
            response.getHeaders().remove(HttpHeader.CONTENT_LENGTH);
            response.write(true, null, callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, head || bytes.length == 0 ? null : ByteBuffer.wrap(bytes), callback);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
