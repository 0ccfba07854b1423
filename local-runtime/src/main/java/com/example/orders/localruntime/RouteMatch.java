package com.example.orders.localruntime;

import java.util.Map;

/** The route a request path resolved to, with the values of its path parameters. */
public record RouteMatch(ApiRoute route, Map<String, String> pathParameters) {

    public RouteMatch {
        pathParameters = Map.copyOf(pathParameters);
    }
}
