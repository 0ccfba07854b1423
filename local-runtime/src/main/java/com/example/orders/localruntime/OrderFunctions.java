package com.example.orders.localruntime;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.lambda.LambdaFunction;
import com.example.orders.localruntime.lambda.LocalLambdaContext;
import com.example.orders.order.create.CreateOrderHandler;
import com.example.orders.order.notify.NotificationSettings;
import com.example.orders.order.notify.NotifyCustomerHandler;
import com.example.orders.order.process.ProcessOrdersHandler;
import com.example.orders.order.query.QueryOrdersHandler;
import com.example.orders.order.reconcile.ReconcileOrdersHandler;
import com.example.orders.order.reconcile.ReconcileSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API's functions, built as Lambda would build them (from their environment), and the local
 * stage's parameters of the api stack, which name them: the deploy spec's integrations invoke
 * each by its ARN, as on AWS.
 */
public final class OrderFunctions {

    public static final String CREATE_FUNCTION = "order-create-fn";
    public static final String QUERY_FUNCTION = "order-query-fn";
    /** The local stage's name, where a deployment has dev or prod. */
    public static final String STAGE = "local";
    /**
     * How many execution environments each function may run at once, unless the developer says
     * otherwise: enough for the races of concurrent containers to happen, few enough for a laptop.
     */
    public static final int DEFAULT_CONCURRENCY = 4;

    private OrderFunctions() {
    }

    /** The API's functions on {@code aws} and {@code resources}, by name, each up to {@link #DEFAULT_CONCURRENCY} at once. */
    public static Map<String, LambdaFunction> api(LocalAws aws, PlatformResources resources, String corsOrigins) {
        return api(aws, resources, corsOrigins, DEFAULT_CONCURRENCY);
    }

    /** The API's functions on {@code aws} and {@code resources}, by name, each up to {@code concurrency} at once. */
    public static Map<String, LambdaFunction> api(LocalAws aws, PlatformResources resources, String corsOrigins,
            int concurrency) {
        Map<String, String> environment = environment(aws, resources, corsOrigins);
        return Map.of(
                CREATE_FUNCTION, new LambdaFunction(CREATE_FUNCTION,
                        () -> new CreateOrderHandler(withServiceName(environment, "order-create")), concurrency),
                QUERY_FUNCTION, new LambdaFunction(QUERY_FUNCTION,
                        () -> new QueryOrdersHandler(withServiceName(environment, "order-query")), concurrency));
    }

    /**
     * The api stack's parameters for the local stage: its name, the origins CORS allows, the ARNs
     * of the functions above, and the usage plan's throttle where the developer sets one (the
     * template's defaults otherwise).
     */
    public static Map<String, String> apiStackParameters(String corsOrigins, Optional<String> rateLimit, Optional<String> burstLimit) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("StageName", STAGE);
        parameters.put("CorsAllowedOrigins", corsOrigins);
        parameters.put("CreateOrderFunctionArn", LocalLambdaContext.functionArn(CREATE_FUNCTION));
        parameters.put("QueryOrdersFunctionArn", LocalLambdaContext.functionArn(QUERY_FUNCTION));
        rateLimit.ifPresent(rate -> parameters.put("ThrottlingRateLimit", rate));
        burstLimit.ifPresent(burst -> parameters.put("ThrottlingBurstLimit", burst));
        return parameters;
    }

    /**
     * The processor and the notifier on {@code aws} and {@code resources}, with
     * {@code settings} (from {@link PlatformOptions#FUNCTION_SETTINGS}); the functions' own
     * defaults apply to the rest.
     */
    public static PipelineFunctions pipeline(LocalAws aws, PlatformResources resources, String corsOrigins,
            Map<String, String> settings) {
        var environment = new LinkedHashMap<>(environment(aws, resources, corsOrigins));
        environment.putAll(settings);
        return new PipelineFunctions(
                () -> new ProcessOrdersHandler(withServiceName(environment, "order-process")),
                () -> new NotifyCustomerHandler(withServiceName(environment, "order-notify")),
                () -> new ReconcileOrdersHandler(withServiceName(environment, ReconcileSettings.DEFAULT_SERVICE)));
    }

    /**
     * The notifier's sender address in {@code settings}, or its default: verified in SES when the
     * platform starts, as a deployment verifies it once.
     */
    public static String emailSender(Map<String, String> settings) {
        return settings.getOrDefault(NotificationSettings.EMAIL_SENDER, NotificationSettings.DEFAULT_EMAIL_SENDER);
    }

    /**
     * What the functions would find in their Lambda environment: where AWS is, their resources
     * (the cursor secret among them, made anew in each run's Secrets Manager, so a nextToken
     * from an earlier run is refused as forged) and the CORS origins.
     */
    private static Map<String, String> environment(LocalAws aws, PlatformResources resources, String corsOrigins) {
        var environment = new LinkedHashMap<String, String>();
        environment.putAll(aws.environment());
        environment.putAll(resources.environment());
        environment.put("CORS_ALLOWED_ORIGINS", corsOrigins);
        return environment;
    }

    private static Map<String, String> withServiceName(Map<String, String> environment, String service) {
        var withService = new LinkedHashMap<>(environment);
        withService.put("POWERTOOLS_SERVICE_NAME", service);
        return withService;
    }
}
