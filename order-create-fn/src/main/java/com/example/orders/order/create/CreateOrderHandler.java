package com.example.orders.order.create;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.core.adapter.aws.AwsClientFactory;
import com.example.orders.core.adapter.dynamodb.DynamoDbIdempotencyKeys;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.http.ApiModelJson;
import com.example.orders.core.http.ApiResponse;
import com.example.orders.core.http.CorsPolicy;
import com.example.orders.core.http.ProblemType;
import com.example.orders.core.http.Problems;
import com.example.orders.core.mapping.OrderApiMapper;
import com.example.orders.core.metrics.MetricNames;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderPricing;
import com.example.orders.core.order.create.CreationResult;
import com.example.orders.core.order.create.IdempotencyKeyReusedException;
import com.example.orders.core.order.create.IdempotencyRecord;
import com.example.orders.core.order.create.OrderCreation;
import com.example.orders.core.order.create.RequestFingerprint;
import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import com.example.orders.core.validation.RequestValidator;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.lambda.ApiFunction;
import com.example.orders.lambda.ApiRequest;
import com.example.orders.lambda.FunctionEnvironment;
import com.example.orders.lambda.FunctionMetrics;
import com.example.orders.lambda.MetricUnit;
import com.example.orders.lambda.PrimingHttpClient;
import com.example.orders.lambda.PrimingRequest;
import com.example.orders.lambda.SnapStartPrimed;
import com.example.orders.lambda.SnapStartPriming;
import com.example.orders.lambda.StandaloneContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code POST /orders}: parse strictly, validate, create (idempotently), respond 201 with the
 * order and its Location, or 200 for a replay. Everything expensive (clients, validator,
 * mappers) is built once per container, in the constructor, and primed for SnapStart.
 */
public final class CreateOrderHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>, SnapStartPrimed {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9_.:-]{8,128}$");
    private static final Logger LOG = LoggerFactory.getLogger(CreateOrderHandler.class);

    /**
     * An order that passes the contract but not pricing (yen have no fractions), with a key no
     * client has: parsing, validation, mapping, the fingerprint and the key's lookup all run,
     * and the order is refused before anything is written.
     */
    private static final PrimingRequest PRIMING = PrimingRequest.post("/orders",
            Map.of("Idempotency-Key", "snapstart-priming-" + SnapStartPriming.NO_SUCH_ORDER),
            """
            {"customer":{"customerId":"snapstart-priming"},"currency":"JPY",\
            "items":[{"sku":"PRIMING-1","name":"Priming","quantity":1,"unitPrice":"0.50"}]}""", 400);

    /** A valid order, for priming the accepted path up to its write. */
    private static final String PRIMED_ORDER = """
            {"customer":{"customerId":"snapstart-priming","email":"priming@example.invalid"},"currency":"EUR",\
            "items":[{"sku":"PRIMING-1","name":"Priming","quantity":1,"unitPrice":"0.50"}]}""";

    private final ApiFunction function;
    private final OrderCreation creation;
    /** For priming's clients, built when priming, never on an on-demand start. */
    private final AwsClientFactory aws;
    private final String ordersTable;
    private final String idempotencyTable;
    private final RequestValidator validator = new RequestValidator();
    private final String service;
    /** Held here: CRaC references its resources weakly. */
    private final SnapStartPriming priming;

    /** Lambda's entry point: configuration from the process environment. */
    public CreateOrderHandler() {
        this(System.getenv());
    }

    public CreateOrderHandler(Map<String, String> environment) {
        var env = new FunctionEnvironment(environment);
        this.aws = new AwsClientFactory(environment);
        var clock = Clock.systemUTC();
        this.ordersTable = env.require(ResourceEnvironment.ORDERS_TABLE);
        this.idempotencyTable = env.require(ResourceEnvironment.IDEMPOTENCY_TABLE);
        this.creation = new OrderCreation(new DynamoDbOrderRepository(aws.dynamoDb(), ordersTable, clock),
                new DynamoDbIdempotencyKeys(aws.dynamoDb(), idempotencyTable, ordersTable, clock), clock);
        this.service = env.optional("POWERTOOLS_SERVICE_NAME", "order-create");
        this.function = new ApiFunction(CorsPolicy.fromSetting(env.optional("CORS_ALLOWED_ORIGINS", "")), service);
        this.priming = SnapStartPriming.register(service, this);
    }

    @Override
    public void prime() {
        PRIMING.expect(handleRequest(PRIMING.event(), StandaloneContext.priming(service)));
        // The accepted path: a valid order is mapped and priced, both of its writes (without and
        // with an Idempotency-Key) are answered by the priming client, and its 201 body is written.
        // Both readers: the straight one every valid body takes, and the object mapper that words
        // every refusal, so neither pays its first use after a restore.
        CreateOrderRequest valid = validator.requireValid(ApiModelJson.readCreateOrderRequest(PRIMED_ORDER));
        ApiJson.read(PRIMED_ORDER, CreateOrderRequest.class);
        Order order = OrderPricing.price(OrderApiMapper.INSTANCE.toDraft(valid), SnapStartPriming.NO_SUCH_ORDER, Instant.EPOCH,
                service);
        var claim = new IdempotencyRecord("snapstart-priming-" + SnapStartPriming.NO_SUCH_ORDER, RequestFingerprint.of(valid),
                order.orderId(), Instant.EPOCH.plus(OrderCreation.KEY_LIFETIME));
        var unsent = PrimingHttpClient.answering("{}");
        try (DynamoDbClient dynamoDb = unsent.client(aws.configure(DynamoDbClient.builder(), "DYNAMODB"))) {
            var clock = Clock.systemUTC();
            var orders = new DynamoDbOrderRepository(dynamoDb, ordersTable, clock);
            var keys = new DynamoDbIdempotencyKeys(dynamoDb, idempotencyTable, ordersTable, clock);
            unsent.prime("an order's write", () -> orders.create(order));
            unsent.prime("an order's write with its key", () -> keys.createWithKey(order, claim));
        }
        ApiModelJson.write(OrderApiMapper.INSTANCE.toApi(order));
        FunctionMetrics.prime(service);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return function.handle(event, context, this::create);
    }

    private ApiResponse create(ApiRequest request) {
        String body = request.body() == null ? "" : request.body();
        if (body.getBytes(StandardCharsets.UTF_8).length > ApiJson.MAX_BODY_BYTES) {
            return Problems.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds " + ApiJson.MAX_BODY_BYTES + " bytes.", request.path());
        }
        if (!isJson(request.header("Content-Type"))) {
            return Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the order as application/json.", request.path());
        }
        String idempotencyKey = request.header("Idempotency-Key");
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidRequestException(List.of(new FieldViolation("Idempotency-Key",
                    "must be 8 to 128 characters of letters, digits, '_', '.', ':' or '-'")));
        }
        CreateOrderRequest parsed = validator.requireValid(ApiModelJson.readCreateOrderRequest(body));
        CreationResult result;
        try {
            result = creation.create(OrderApiMapper.INSTANCE.toDraft(parsed), idempotencyKey, RequestFingerprint.of(parsed),
                    request.correlationId());
        } catch (IdempotencyKeyReusedException reused) {
            return Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, reused.getMessage(), request.path());
        }
        Order order = result.order();
        if (result.replayed()) {
            LOG.info("Replayed order {} for its Idempotency-Key", order.orderId());
        } else {
            LOG.info("Accepted order {} with {} lines, total {} {}", order.orderId(), order.lines().size(),
                    order.total().amount().toPlainString(), order.currency().code());
            recordMetrics(order);
        }
        return ApiResponse.json(result.replayed() ? 200 : 201, ApiModelJson.write(OrderApiMapper.INSTANCE.toApi(order)))
                .withHeaders(Map.of("Location", request.path() + "/" + order.orderId()));
    }

    /** OrderValue carries the currency as a dimension: totals in different currencies do not add up. */
    private void recordMetrics(Order order) {
        try (var metrics = FunctionMetrics.forService(service)) {
            metrics.count(MetricNames.ORDERS_CREATED);
            metrics.recordSingle(MetricNames.ORDER_VALUE, order.total().amount().doubleValue(), MetricUnit.NONE,
                    "Currency", order.currency().code());
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }
}
