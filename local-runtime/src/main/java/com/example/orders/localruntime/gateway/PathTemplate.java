package com.example.orders.localruntime.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource path of the contract, such as {@code /orders/{orderId}}. As in API Gateway, a
 * {@code {name}} segment matches exactly one non-empty path segment, and its value reaches the
 * function URL-decoded.
 */
record PathTemplate(String template, List<String> segments) {

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    public static PathTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("A resource path starts with '/': " + template);
        }
        return new PathTemplate(template, segmentsOf(template));
    }

    /** The path parameters when {@code rawPath} (still percent-encoded) is this resource. */
    public Optional<Map<String, String>> match(String rawPath) {
        List<String> actual = segmentsOf(rawPath);
        if (actual.size() != segments.size()) {
            return Optional.empty();
        }
        var parameters = new LinkedHashMap<String, String>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String given = actual.get(i);
            if (isParameter(expected)) {
                if (given.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(expected.substring(1, expected.length() - 1), decode(given));
            } else if (!expected.equals(given)) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.copyOf(parameters));
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    /** Segments between slashes; a trailing slash makes an empty last segment, so it never matches a template. */
    private static List<String> segmentsOf(String path) {
        return List.of(path.substring(1).split("/", -1));
    }

    /** Percent-decoding only: in a path, unlike a query string, '+' is a plus sign. */
    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
