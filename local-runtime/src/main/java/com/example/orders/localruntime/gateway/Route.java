package com.example.orders.localruntime.gateway;

/**
 * One method of the deploy spec as API Gateway serves it: its method and resource, the operation
 * id (the proxy event's {@code operationName}), whether it needs an API key (an apiKey security
 * requirement on {@code x-api-key}), and the integration behind it.
 */
record Route(String method, PathTemplate resource, String operationId, boolean apiKeyRequired, Integration integration) {
}
