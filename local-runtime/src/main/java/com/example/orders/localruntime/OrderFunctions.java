package com.example.orders.localruntime;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.order.create.CreateOrderHandler;
import com.example.orders.order.query.QueryOrdersHandler;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's functions, built as Lambda would build them (from their environment), and the
 * operations each one integrates: what the API stack's overlay declares for API Gateway.
 */
public final class OrderFunctions {

    public static final String CREATE_FUNCTION = "order-create-fn";
    public static final String QUERY_FUNCTION = "order-query-fn";

    private OrderFunctions() {
    }

    /** The functions on {@code aws} and {@code resources}, by the operation ids they serve. */
    public static Map<String, LambdaFunction> integrations(LocalAws aws, PlatformResources resources, String corsOrigins) {
        Map<String, String> environment = environment(aws, resources, corsOrigins);
        var create = new LambdaFunction(CREATE_FUNCTION, new CreateOrderHandler(withServiceName(environment, "order-create")));
        var query = new LambdaFunction(QUERY_FUNCTION, new QueryOrdersHandler(withServiceName(environment, "order-query")));
        return Map.of("createOrder", create, "listOrders", query, "getOrder", query);
    }

    /**
     * What the functions would find in their Lambda environment: where AWS is, their resources,
     * the CORS origins, and the key that seals page cursors. The key is new each time, so a
     * nextToken from an earlier run is refused as forged.
     */
    private static Map<String, String> environment(LocalAws aws, PlatformResources resources, String corsOrigins) {
        var environment = new LinkedHashMap<String, String>();
        environment.putAll(aws.environment());
        environment.putAll(resources.environment());
        environment.put("CORS_ALLOWED_ORIGINS", corsOrigins);
        byte[] cursorKey = new byte[32];
        new SecureRandom().nextBytes(cursorKey);
        environment.put("ORDERS_CURSOR_KEY", Base64.getEncoder().encodeToString(cursorKey));
        return environment;
    }

    private static Map<String, String> withServiceName(Map<String, String> environment, String service) {
        var withService = new LinkedHashMap<>(environment);
        withService.put("POWERTOOLS_SERVICE_NAME", service);
        return withService;
    }
}
