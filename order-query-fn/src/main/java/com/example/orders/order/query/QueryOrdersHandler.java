package com.example.orders.order.query;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.core.adapter.aws.AwsClientFactory;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.InvalidCursorException;
import com.example.orders.core.adapter.dynamodb.OrderListing;
import com.example.orders.core.adapter.dynamodb.PageCursor;
import com.example.orders.core.http.ApiModelJson;
import com.example.orders.core.http.ApiResponse;
import com.example.orders.core.http.CorsPolicy;
import com.example.orders.core.http.ProblemType;
import com.example.orders.core.http.Problems;
import com.example.orders.core.mapping.OrderApiMapper;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.lambda.ApiFunction;
import com.example.orders.lambda.ApiRequest;
import com.example.orders.lambda.FunctionEnvironment;
import com.example.orders.lambda.PrimingRequest;
import com.example.orders.lambda.SnapStartPrimed;
import com.example.orders.lambda.SnapStartPriming;
import com.example.orders.lambda.StandaloneContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.lambda.powertools.parameters.secrets.SecretsProvider;

/**
 * {@code GET /orders/{orderId}} and {@code GET /orders?status=&limit=&nextToken=}. Reads go to
 * the table by key or to the status index; never a Scan. Primed for SnapStart with both reads.
 */
public final class QueryOrdersHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>, SnapStartPrimed {

    static final int DEFAULT_LIMIT = 20;
    private static final Pattern ORDER_ID =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{1,1024}$");
    /** No sign, no leading zero, no fraction: what JSON calls an integer, of at most three digits. */
    private static final Pattern LIMIT = Pattern.compile("^(0|[1-9][0-9]{0,2})$");

    /** Both routes, on an order that cannot exist and a one-item page: reads only. */
    private static final List<PrimingRequest> PRIMING = List.of(
            PrimingRequest.get("/orders/{orderId}", "/orders/" + SnapStartPriming.NO_SUCH_ORDER,
                    Map.of("orderId", SnapStartPriming.NO_SUCH_ORDER), null, 404),
            PrimingRequest.get("/orders", "/orders", null, Map.of("status", "PENDING", "limit", "1"), 200));

    private final ApiFunction function;
    private final DynamoDbOrderRepository orders;
    private final OrderListing listing;
    private final String service;
    /** Held here: CRaC references its resources weakly. */
    private final SnapStartPriming priming;

    /** Lambda's entry point: configuration from the process environment. */
    public QueryOrdersHandler() {
        this(System.getenv());
    }

    public QueryOrdersHandler(Map<String, String> environment) {
        var env = new FunctionEnvironment(environment);
        var aws = new AwsClientFactory(environment);
        String table = env.require(ResourceEnvironment.ORDERS_TABLE);
        this.orders = new DynamoDbOrderRepository(aws.dynamoDb(), table, Clock.systemUTC());
        this.listing = new OrderListing(aws.dynamoDb(), table,
                PageCursor.fromSecret(cursorSecret(aws, env.require(ResourceEnvironment.CURSOR_SECRET_ARN))));
        this.service = env.optional("POWERTOOLS_SERVICE_NAME", "order-query");
        this.function = new ApiFunction(CorsPolicy.fromSetting(env.optional("CORS_ALLOWED_ORIGINS", "")), service);
        this.priming = SnapStartPriming.register(service, this);
    }

    /**
     * Read once, at init (before a SnapStart snapshot): the value never sits in the function's
     * configuration, where {@code lambda:GetFunctionConfiguration} would show it.
     */
    private static String cursorSecret(AwsClientFactory aws, String secretArn) {
        SecretsManagerClient client = aws.client("SECRETS_MANAGER", SecretsManagerClient::builder);
        return SecretsProvider.builder().withClient(client).build().get(secretArn);
    }

    @Override
    public void prime() {
        for (PrimingRequest request : PRIMING) {
            request.expect(handleRequest(request.event(), StandaloneContext.priming(service)));
        }
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return function.handle(event, context, this::query);
    }

    private ApiResponse query(ApiRequest request) {
        String orderId = request.pathParameters().get("orderId");
        return orderId != null ? getOrder(orderId, request) : listOrders(request);
    }

    private ApiResponse getOrder(String orderId, ApiRequest request) {
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw invalid("orderId", "must be a lowercase UUID");
        }
        return orders.findById(orderId)
                .map(order -> ApiResponse.json(200, ApiModelJson.write(OrderApiMapper.INSTANCE.toApi(order))))
                .orElseGet(() -> Problems.of(ProblemType.NOT_FOUND, "No order has id " + orderId + ".", request.path()));
    }

    private ApiResponse listOrders(ApiRequest request) {
        OrderStatus status = status(request.queryParameters().get("status"));
        int limit = limit(request.queryParameters().get("limit"));
        String nextToken = request.queryParameters().get("nextToken");
        if (nextToken != null && !TOKEN.matcher(nextToken).matches()) {
            throw invalid("nextToken", "is not a token this API issued");
        }
        try {
            var page = listing.byStatus(status, limit, nextToken);
            return ApiResponse.json(200, ApiModelJson.write(OrderApiMapper.INSTANCE.toApi(page)));
        } catch (InvalidCursorException forged) {
            throw invalid("nextToken", forged.getMessage());
        }
    }

    private static OrderStatus status(String value) {
        if (value == null) {
            throw invalid("status", "is required");
        }
        try {
            return OrderStatus.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw invalid("status", "must be one of PENDING, PROCESSING, COMPLETED, FAILED");
        }
    }

    /** The contract's integer as its validators read a query value: a JSON integer, surrounding spaces aside. */
    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        String digits = value.strip();
        if (LIMIT.matcher(digits).matches()) {
            int limit = Integer.parseInt(digits);
            if (limit >= 1 && limit <= 100) {
                return limit;
            }
        }
        throw invalid("limit", "must be a whole number from 1 to 100");
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldViolation(field, message)));
    }
}
