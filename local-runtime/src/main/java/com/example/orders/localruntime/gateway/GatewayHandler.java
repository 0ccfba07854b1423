package com.example.orders.localruntime.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.localruntime.lambda.LambdaFunction;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What API Gateway does with each request, in its order, as the {@link ApiDefinition} says: find
 * the route (none: MISSING_AUTHENTICATION_TOKEN), check the API key where the route requires one
 * (INVALID_API_KEY), apply the usage plan's throttle (THROTTLED), limit the payload
 * (REQUEST_TOO_LARGE), then run the integration: a Lambda proxy invocation, or a mock whose
 * templates Velocity renders. The gateway's own answers are the spec's gateway responses; a
 * function's answer passes through as it is. Every response carries the request id.
 */
final class GatewayHandler extends Handler.Abstract {

    static final String API_KEY_HEADER = "x-api-key";
    static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    private static final System.Logger LOG = System.getLogger(ApiGateway.class.getName());

    private final GatewaySettings settings;
    private final ApiDefinition api;
    private final Map<String, LambdaFunction> functions;
    private final UsagePlanThrottle throttle;
    private final HttpRefusals httpRefusals;
    private final Optional<ContractChecks> contractChecks;
    private volatile int port;

    GatewayHandler(GatewaySettings settings, ApiDefinition api, Map<String, LambdaFunction> functions, HttpRefusals httpRefusals,
            Optional<ContractChecks> contractChecks) {
        this.settings = settings;
        this.api = api;
        this.functions = Map.copyOf(functions);
        this.throttle = new UsagePlanThrottle(api.usagePlan());
        this.httpRefusals = httpRefusals;
        this.contractChecks = contractChecks;
    }

    void listeningOn(int port) {
        this.port = port;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long started = System.nanoTime();
        GatewayRequest received = received(request);
        GatewayResponse answer;
        boolean bodyLeftUnread = false;
        try {
            Optional<Integer> framing = HttpRefusals.framingRefusal(request);
            answer = framing.isPresent() ? httpRefusals.refusal(framing.get()) : respond(request, received);
            // A well-framed request refused with its body unread (over the payload limit).
            bodyLeftUnread = framing.isEmpty() && answer.headers().getOrDefault("Connection", List.of()).contains("close");
        } catch (UnreadableBody unreadable) {
            answer = httpRefusals.refusal(HttpRefusals.bodyFailure(unreadable.getCause()));
        } catch (RuntimeException gatewayFailure) {
            LOG.log(System.Logger.Level.ERROR, "The gateway failed on request " + received.requestId(), gatewayFailure);
            answer = refusal(GatewayError.of(GatewayResponseType.DEFAULT_5XX), received, "");
        }
        answer = answer.withHeaders(Map.of(REQUEST_ID_HEADER, received.requestId()));
        if (bodyLeftUnread) {
            writeThenLinger(request, response, callback, answer, received.method().equals("HEAD"));
        } else {
            answer.write(response, callback, received.method().equals("HEAD"));
        }
        GatewayResponse sent = answer;
        contractChecks.ifPresent(checks -> checks.check(received.method(), request.getHttpURI().getPath(), sent));
        int status = answer.statusCode();
        LOG.log(System.Logger.Level.INFO, () -> "%s %s -> %d in %d ms (request id %s)".formatted(received.method(),
                request.getHttpURI().getPath(), status, Duration.ofNanos(System.nanoTime() - started).toMillis(),
                received.requestId()));
        return true;
    }

    /** Sends {@code answer}, then drops the rest of the body before the connection closes (see {@link LingeringClose}). */
    private static void writeThenLinger(Request request, Response response, Callback callback, GatewayResponse answer,
            boolean head) {
        var written = new Callback.Completable();
        answer.write(response, written, head);
        try {
            written.get(LingeringClose.LINGER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notSent) {
            callback.failed(notSent.getCause() == null ? notSent : notSent.getCause());
            return;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            callback.failed(interrupted);
            return;
        }
        LingeringClose.drain(request, LingeringClose.LINGER);
        callback.succeeded();
    }

    private GatewayResponse respond(Request request, GatewayRequest received) {
        String rawPath = request.getHttpURI().getPath();
        Optional<RouteMatch> found = api.find(received.method(), rawPath);
        if (found.isEmpty()) {
            return afterReading(request, refusal(GatewayError.of(GatewayResponseType.MISSING_AUTHENTICATION_TOKEN), received, ""));
        }
        RouteMatch match = found.get();
        Route route = match.route();
        String resourcePath = route.resource().template();
        GatewayRequest routed = received.withPathParameters(match.pathParameters());
        String apiKey = null;
        if (route.apiKeyRequired()) {
            Optional<String> known = knownApiKey(routed.header(API_KEY_HEADER).orElse(null));
            if (known.isEmpty()) {
                return afterReading(request, refusal(GatewayError.of(GatewayResponseType.INVALID_API_KEY), routed, resourcePath));
            }
            apiKey = known.get();
            if (throttle.admit(apiKey).isPresent()) {
                return afterReading(request, refusal(GatewayError.of(GatewayResponseType.THROTTLED), routed, resourcePath));
            }
        }
        Optional<byte[]> payload = readBody(request);
        if (payload.isEmpty()) {
            // The rest of the body stays unread, so this connection cannot carry another request:
            // say so, or a client's connection pool sends its next request into a closed socket.
            return refusal(GatewayError.of(GatewayResponseType.REQUEST_TOO_LARGE), routed, resourcePath)
                    .withHeaders(Map.of("Connection", "close"));
        }
        Optional<String> body = utf8(payload.get());
        Optional<Map<String, List<String>>> query = query(request.getHttpURI().getQuery());
        if (body.isEmpty() || query.isEmpty()) {
            return refusal(GatewayError.of(GatewayResponseType.DEFAULT_4XX), routed, resourcePath);
        }
        GatewayRequest complete = new GatewayRequest(routed.requestId(), routed.receivedAt(), routed.method(), routed.path(),
                query.get(), routed.headers(), body.get().isEmpty() ? null : body.get(), routed.sourceIp(), routed.protocol(),
                routed.pathParameters());
        return switch (route.integration()) {
            case Integration.LambdaProxy proxy -> invoke(proxy, complete, match, apiKey);
            case Integration.Mock mock -> mock.respond(complete, resourcePath, api.stageVariables(), api.stage())
                    .orElseGet(() -> refusal(GatewayError.of(GatewayResponseType.API_CONFIGURATION_ERROR), complete, resourcePath));
        };
    }

    private GatewayResponse invoke(Integration.LambdaProxy proxy, GatewayRequest request, RouteMatch match, String apiKey) {
        LambdaFunction function = functions.get(proxy.functionName());
        try {
            APIGatewayProxyResponseEvent result = function.invoke(
                    LambdaProxyIntegration.event(request, match, apiKey, api.stage(), port), request.requestId());
            Optional<GatewayResponse> response = LambdaProxyIntegration.response(result);
            if (response.isPresent()) {
                return response.get();
            }
            LOG.log(System.Logger.Level.ERROR, "{0} returned no valid proxy response (it needs a statusCode) for request {1}",
                    function.name(), request.requestId());
            return refusal(GatewayError.of(GatewayResponseType.API_CONFIGURATION_ERROR), request, match.route().resource().template());
        } catch (Throwable failure) {
            // Lambda reports anything a handler throws as a function error, and API Gateway answers 5xx.
            LOG.log(System.Logger.Level.ERROR, function.name() + " failed on request " + request.requestId(), failure);
            return refusal(GatewayError.of(GatewayResponseType.INTEGRATION_FAILURE), request, match.route().resource().template());
        }
    }

    private GatewayResponse refusal(GatewayError error, GatewayRequest request, String resourcePath) {
        return api.gatewayResponses().render(error, request, resourcePath);
    }

    private GatewayRequest received(Request request) {
        var headers = new LinkedHashMap<String, List<String>>();
        for (HttpField field : request.getHeaders()) {
            String name = headers.keySet().stream().filter(known -> known.equalsIgnoreCase(field.getName())).findFirst()
                    .orElse(field.getName());
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(field.getValue());
        }
        String sourceIp = Request.getRemoteAddr(request);
        if (request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress address) {
            sourceIp = address.getAddress().getHostAddress();
        }
        return new GatewayRequest(UUID.randomUUID().toString(), Instant.now(), request.getMethod(),
                request.getHttpURI().getDecodedPath(), Map.of(), headers, null, sourceIp,
                request.getConnectionMetaData().getProtocol(), Map.of());
    }

    /** The body, or empty when it exceeds the payload limit. */
    /**
     * {@code refusal}, answered once the request's body is read and dropped, as API Gateway reads
     * a whole request: an unread body would leave the connection unable to carry the client's next
     * request. A body over the payload limit stays unread, and the answer says the connection closes.
     */
    private GatewayResponse afterReading(Request request, GatewayResponse refusal) {
        return readBody(request).isPresent() ? refusal : refusal.withHeaders(Map.of("Connection", "close"));
    }

    private Optional<byte[]> readBody(Request request) {
        // Not closed: closing it before the body's end fails the request's content, and Jetty then
        // aborts the connection, at times before the refusal is written (the client gets nothing).
        // A body read to its end needs no closing; the rest of one over the limit is drained after
        // the refusal (LingeringClose).
        InputStream body = Content.Source.asInputStream(request);
        try {
            return settings.payloadLimit().read(body, request.getLength());
        } catch (IOException unreadable) {
            throw new UnreadableBody(unreadable);
        }
    }

    /** A body that broke off, was badly framed, or took too long to arrive: the client's fault, not the gateway's. */
    private static final class UnreadableBody extends RuntimeException {
        UnreadableBody(IOException cause) {
            super(cause);
        }
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

    private static Optional<Map<String, List<String>>> query(String rawQuery) {
        try {
            return Optional.of(GatewayRequest.parseQuery(rawQuery));
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
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
