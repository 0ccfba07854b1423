package com.example.orders.localruntime.gateway;

/**
 * API Gateway's gateway response types, each with the status it answers with by default and the
 * {@code $context.error.message} API Gateway gives it, as the developer guide lists them.
 */
enum GatewayResponseType {
    ACCESS_DENIED(403, "Forbidden"),
    API_CONFIGURATION_ERROR(500, "Internal server error"),
    BAD_REQUEST_BODY(400, "Invalid request body"),
    BAD_REQUEST_PARAMETERS(400, "Invalid request parameters"),
    DEFAULT_4XX(0, "Bad request"),
    DEFAULT_5XX(0, "Internal server error"),
    INTEGRATION_FAILURE(504, "Internal server error"),
    INTEGRATION_TIMEOUT(504, "Endpoint request timed out"),
    INVALID_API_KEY(403, "Forbidden"),
    MISSING_AUTHENTICATION_TOKEN(403, "Missing Authentication Token"),
    QUOTA_EXCEEDED(429, "Limit Exceeded"),
    REQUEST_TOO_LARGE(413, "Request Too Long"),
    RESOURCE_NOT_FOUND(404, "Not Found"),
    THROTTLED(429, "Too Many Requests"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type");

    private final int defaultStatus;
    private final String message;

    GatewayResponseType(int defaultStatus, String message) {
        this.defaultStatus = defaultStatus;
        this.message = message;
    }

    int defaultStatus() {
        return defaultStatus;
    }

    String message() {
        return message;
    }

    /** The fallback API Gateway uses for this type when the API does not customise it. */
    GatewayResponseType fallback() {
        return defaultStatus >= 500 ? DEFAULT_5XX : DEFAULT_4XX;
    }
}
