package com.example.orders.core.http;

import java.net.URI;

/** Every kind of error the API (and the gateway in front of it) answers with. */
public enum ProblemType {
    VALIDATION_ERROR(400, "validation-error", "Request validation failed"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Order not found"),
    ROUTE_NOT_FOUND(404, "route-not-found", "No such route"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    /** Where the problem types are documented; the contract's examples use the same URIs. */
    public static final String BASE = "https://orders.example.com/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create(BASE + slug);
    }
}
