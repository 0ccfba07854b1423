package com.example.orders.localruntime;

import java.util.List;
import java.util.Optional;

/** The contract's routes, matched by method and path the way API Gateway matches resources. */
public record RouteTable(List<ApiRoute> routes) {

    public RouteTable {
        routes = List.copyOf(routes);
    }

    public Optional<RouteMatch> find(String method, String rawPath) {
        for (ApiRoute route : routes) {
            if (route.method().equals(method)) {
                var parameters = route.resource().match(rawPath);
                if (parameters.isPresent()) {
                    return Optional.of(new RouteMatch(route, parameters.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether any operation lives at this path: those are the paths that answer CORS preflights. */
    public boolean hasResource(String rawPath) {
        return routes.stream().anyMatch(route -> route.resource().match(rawPath).isPresent());
    }
}
