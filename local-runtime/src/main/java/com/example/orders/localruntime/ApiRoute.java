package com.example.orders.localruntime;

import java.util.Set;

/**
 * One operation of the contract as the gateway serves it: method and resource, the operation id
 * (API Gateway's {@code operationName}), and the media types its request body may have (none
 * when it takes no body).
 */
public record ApiRoute(String method, PathTemplate resource, String operationId, Set<String> bodyMediaTypes) {

    public ApiRoute {
        bodyMediaTypes = Set.copyOf(bodyMediaTypes);
    }

    public boolean takesBody() {
        return !bodyMediaTypes.isEmpty();
    }
}
