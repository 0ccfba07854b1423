package com.example.orders.localruntime.gateway;

import java.util.Map;

/** The route a request path resolved to, with the values of its path parameters. */
record RouteMatch(Route route, Map<String, String> pathParameters) {

    RouteMatch {
        pathParameters = Map.copyOf(pathParameters);
    }
}
