package com.example.orders.localruntime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.core.http.ProblemType;
import com.example.orders.core.http.Problems;
import com.example.orders.core.validation.FieldViolation;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What API Gateway does with each request, in its order: match a route (CORS preflights are
 * answered here, without an API key), check the API key, apply the usage plan's throttle, limit
 * the payload, validate against the contract, then invoke the function through the proxy
 * integration. The gateway's own answers are problem responses with the CORS headers of the
 * request's origin; the function's answers pass through as they are.
 */
final class GatewayPipeline implements HttpHandler {

    static final String API_KEY_HEADER = "x-api-key";
    static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    private static final System.Logger LOG = System.getLogger(ApiGateway.class.getName());

    private final GatewaySettings settings;
    private final ApiContract contract;
    private final Map<String, LambdaFunction> integrations;
    private final UsagePlanThrottle throttle;
    private final int port;

    GatewayPipeline(GatewaySettings settings, ApiContract contract, Map<String, LambdaFunction> integrations,
            UsagePlanThrottle throttle, int port) {
        this.settings = settings;
        this.contract = contract;
        this.integrations = Map.copyOf(integrations);
        this.throttle = throttle;
        this.port = port;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long started = System.nanoTime();
            String requestId = UUID.randomUUID().toString();
            Headers headers = exchange.getRequestHeaders();
            String offeredCorrelationId = headers.getFirst(ApiContract.CORRELATION_ID_HEADER);
            String correlationId = contract.acceptsCorrelationId(offeredCorrelationId) ? offeredCorrelationId : requestId;
            GatewayResponse response;
            try {
                response = respond(exchange, requestId);
            } catch (RuntimeException gatewayFailure) {
                LOG.log(System.Logger.Level.ERROR, "The gateway failed on request " + requestId, gatewayFailure);
                response = rejection(exchange, ProblemType.INTERNAL_ERROR, "The gateway could not handle the request.");
            }
            response = response
                    .withHeaderIfAbsent(ApiContract.CORRELATION_ID_HEADER, correlationId)
                    .withHeaderIfAbsent(REQUEST_ID_HEADER, requestId);
            response.send(exchange);
            int status = response.statusCode();
            LOG.log(System.Logger.Level.INFO, () -> "%s %s -> %d in %d ms (request id %s)".formatted(
                    exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), status,
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), requestId));
        }
    }

    private GatewayResponse respond(HttpExchange exchange, String requestId) throws IOException {
        Instant receivedAt = Instant.now();
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        Headers headers = exchange.getRequestHeaders();

        if (method.equals("OPTIONS") && contract.routes().hasResource(uri.getRawPath())) {
            return preflight(exchange);
        }
        Optional<RouteMatch> match = contract.routes().find(method, uri.getRawPath());
        if (match.isEmpty()) {
            return rejection(exchange, ProblemType.ROUTE_NOT_FOUND, "No route serves %s %s.".formatted(method, uri.getPath()));
        }
        Optional<String> apiKey = knownApiKey(headers.getFirst(API_KEY_HEADER));
        if (apiKey.isEmpty()) {
            return rejection(exchange, ProblemType.FORBIDDEN, "A valid API key is required in the x-api-key header.");
        }
        Optional<Duration> wait = throttle.admit(apiKey.get());
        if (wait.isPresent()) {
            return rejection(exchange, ProblemType.TOO_MANY_REQUESTS, "Rate limit exceeded; retry later.")
                    .withHeaders(Map.of("Retry-After", Long.toString(retryAfterSeconds(wait.get()))));
        }
        Optional<byte[]> payload = settings.payloadLimit().read(exchange.getRequestBody(), declaredLength(headers));
        if (payload.isEmpty()) {
            // The rest of the body stays unread, so this connection cannot carry another request:
            // say so, or a client's connection pool sends its next request into a closed socket.
            return rejection(exchange, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds %d bytes.".formatted(settings.payloadLimit().maxBytes()))
                    .withHeaders(Map.of("Connection", "close"));
        }
        ApiRoute route = match.get().route();
        if (route.takesBody() && !route.bodyMediaTypes().contains(mediaType(headers.getFirst("Content-Type")))) {
            return rejection(exchange, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request body as " + String.join(" or ", route.bodyMediaTypes()) + ".");
        }
        Optional<String> body = utf8(payload.get());
        if (body.isEmpty()) {
            return rejection(exchange, ProblemType.MALFORMED_REQUEST, "The request body is not valid UTF-8.");
        }
        GatewayRequest request;
        try {
            request = new GatewayRequest(requestId, receivedAt, method, uri.getPath(),
                    GatewayRequest.parseQuery(uri.getRawQuery()), GatewayRequest.lowerCaseNames(headers),
                    body.get().isEmpty() ? null : body.get(),
                    exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getProtocol());
        } catch (IllegalArgumentException badEscape) {
            return rejection(exchange, ProblemType.MALFORMED_REQUEST, "The query string has a malformed percent-escape.");
        }
        List<FieldViolation> violations = contract.validator().violations(request);
        if (!violations.isEmpty()) {
            return GatewayResponse.of(Problems.invalid(violations, uri.getPath())).withHeaders(corsHeaders(exchange));
        }
        return invoke(exchange, integrations.get(route.operationId()), request, match.get(), apiKey.get());
    }

    private GatewayResponse preflight(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !settings.cors().allows(origin)) {
            return rejection(exchange, ProblemType.FORBIDDEN, "The origin " + origin + " may not call this API.");
        }
        return GatewayResponse.empty(204, settings.cors().preflightHeaders(origin));
    }

    private GatewayResponse invoke(HttpExchange exchange, LambdaFunction function, GatewayRequest request,
            RouteMatch match, String apiKey) {
        try {
            APIGatewayProxyResponseEvent result =
                    function.invoke(LambdaProxyIntegration.event(request, match, apiKey, port), request.requestId());
            Optional<GatewayResponse> response = LambdaProxyIntegration.response(result);
            if (response.isPresent()) {
                return response.get();
            }
            LOG.log(System.Logger.Level.ERROR, "{0} returned no valid proxy response (it needs a statusCode) for request {1}",
                    function.name(), request.requestId());
        } catch (Throwable failure) {
            // Lambda reports anything a handler throws as a function error, and API Gateway answers 5xx.
            LOG.log(System.Logger.Level.ERROR, function.name() + " failed on request " + request.requestId(), failure);
        }
        return rejection(exchange, ProblemType.INTERNAL_ERROR, "The function did not complete the request; see the local platform's log.");
    }

    /** A response of the gateway's own, which carries the CORS headers a function would add. */
    private GatewayResponse rejection(HttpExchange exchange, ProblemType type, String detail) {
        return GatewayResponse.of(Problems.of(type, detail, exchange.getRequestURI().getPath()))
                .withHeaders(corsHeaders(exchange));
    }

    private Map<String, String> corsHeaders(HttpExchange exchange) {
        return settings.cors().responseHeaders(exchange.getRequestHeaders().getFirst("Origin"));
    }

    /** The configured key the caller offered, compared in constant time. */
    private Optional<String> knownApiKey(String offered) {
        if (offered == null) {
            return Optional.empty();
        }
        byte[] offeredBytes = offered.getBytes(StandardCharsets.UTF_8);
        return settings.apiKeys().stream()
                .filter(key -> MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), offeredBytes))
                .findFirst();
    }

    private static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static long declaredLength(Headers headers) {
        String contentLength = headers.getFirst("Content-Length");
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
