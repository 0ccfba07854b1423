package com.example.orders.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.core.http.ApiResponse;
import com.example.orders.core.http.CorsPolicy;
import com.example.orders.core.http.ProblemType;
import com.example.orders.core.http.Problems;
import com.example.orders.core.order.OrderStoreBusyException;
import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part every API function shares around its own logic: structured logging with the
 * correlation id, a problem response for anything that escapes (never a stack trace, never a
 * bare 5xx from the runtime), CORS for the configured origins, the correlation id echoed, and
 * the headers the contract promises on every response (no caching, no content sniffing). A
 * malformed x-correlation-id is refused before the function's logic runs.
 */
public final class ApiFunction {

    /** What the contract promises on every response. */
    static final Map<String, String> CONTRACT_HEADERS = Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff");
    private static final Logger LOG = LoggerFactory.getLogger(ApiFunction.class);

    private final CorsPolicy cors;
    private final String service;

    public ApiFunction(CorsPolicy cors, String service) {
        this.cors = cors;
        this.service = service;
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context,
            Function<ApiRequest, ApiResponse> logic) {
        return LoggingContext.invocation(context, service, () -> {
            ApiRequest request = ApiRequest.from(event);
            return LoggingContext.correlated(request.correlationId(), request.correlationId(), () -> {
                ApiResponse response = respond(request, logic);
                LOG.info("{} {} -> {}", request.method(), routeOf(event), response.statusCode());
                return toEvent(response
                        .withHeaders(cors.responseHeaders(request.header("Origin")))
                        .withHeaders(CONTRACT_HEADERS)
                        .withHeaders(Map.of("X-Correlation-Id", request.correlationId())));
            });
        });
    }

    private static ApiResponse respond(ApiRequest request, Function<ApiRequest, ApiResponse> logic) {
        if (request.hasMalformedCorrelationId()) {
            return Problems.invalid(List.of(new FieldViolation("x-correlation-id",
                    "must be 1 to 128 letters, digits, '_', '.', ':' or '-'")), request.path());
        }
        try {
            return logic.apply(request);
        } catch (InvalidRequestException invalid) {
            return Problems.invalid(invalid.violations(), request.path());
        } catch (OrderStoreBusyException busy) {
            LOG.warn("Order store busy: {}", busy.getMessage());
            return Problems.of(ProblemType.SERVICE_UNAVAILABLE, "The order store is busy; nothing was written. Retry after "
                    + OrderStoreBusyException.RETRY_AFTER_SECONDS + " second.", request.path())
                    .withHeaders(Map.of("Retry-After", Integer.toString(OrderStoreBusyException.RETRY_AFTER_SECONDS)));
        } catch (RuntimeException unexpected) {
            LOG.error("Request failed", unexpected);
            return Problems.of(ProblemType.INTERNAL_ERROR,
                    "The request could not be completed; it is safe to retry.", request.path());
        }
    }

    /** The route template, not the path: paths carry ids, which are not worth a log field each. */
    private static String routeOf(APIGatewayProxyRequestEvent event) {
        return event.getResource() != null ? event.getResource() : "?";
    }

    private static APIGatewayProxyResponseEvent toEvent(ApiResponse response) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(response.statusCode())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false);
    }
}
