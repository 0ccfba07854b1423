package com.example.orders.localruntime.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the gateway received it, before it becomes a proxy event. Header names keep the
 * case the client sent (as in API Gateway's events for HTTP/1.1) and are looked up without regard
 * to case; query parameters are decoded, in the order they came. The body is {@code null} when
 * there is none, as in API Gateway's events. Path parameters are known once a route matched.
 */
record GatewayRequest(
        String requestId,
        Instant receivedAt,
        String method,
        String path,
        Map<String, List<String>> queryParameters,
        Map<String, List<String>> headers,
        String body,
        String sourceIp,
        String protocol,
        Map<String, String> pathParameters) {

    GatewayRequest {
        queryParameters = copy(queryParameters);
        headers = copy(headers);
        pathParameters = Map.copyOf(pathParameters);
    }

    /** The last value of a header, as API Gateway puts it in the event's single-value map. */
    Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(header -> header.getValue().getLast())
                .reduce((first, last) -> last);
    }

    GatewayRequest withPathParameters(Map<String, String> parameters) {
        return new GatewayRequest(requestId, receivedAt, method, path, queryParameters, headers, body, sourceIp, protocol,
                parameters);
    }

    /**
     * Query parameters of a raw (still percent-encoded) query string, decoded. A name without
     * '=' has the empty value.
     *
     * @throws IllegalArgumentException when the query string has a malformed escape
     */
    static Map<String, List<String>> parseQuery(String rawQuery) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String component) {
        return URLDecoder.decode(component, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> multimap) {
        var copy = new LinkedHashMap<String, List<String>>();
        multimap.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
