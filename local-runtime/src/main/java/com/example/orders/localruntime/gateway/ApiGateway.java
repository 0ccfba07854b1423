package com.example.orders.localruntime.gateway;

import com.example.orders.localruntime.lambda.LambdaFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A stand-in for API Gateway (REST API) on 127.0.0.1, serving an {@link ApiDefinition}: the deploy
 * spec's routes, API keys, integrations and gateway responses, each Lambda proxy integration run
 * by the {@link LambdaFunction} of the name its URI gives. The HTTP server is Jetty, strict about
 * HTTP/1.1 (RFC 9110 and 9112), with API Gateway's limits on the request line and headers
 * (10,240 bytes), timeouts for idle and slow connections, and problem+json for its own refusals.
 * Closing it stops the server.
 */
public final class ApiGateway implements AutoCloseable {

    /** IPv4 loopback, whatever the JVM prefers: the gateway must never listen beyond this machine. */
    private static final String LOOPBACK = "127.0.0.1";
    /** API Gateway's quota for the request line and headers together. */
    static final int MAX_REQUEST_HEAD_BYTES = 10_240;
    /** Milliseconds in-flight requests get to finish when the gateway stops. */
    private static final long STOP_GRACE_MILLIS = 2_000;

    private final Server server;
    private final ServerConnector connector;
    private final SlowRequests slowRequests;

    private ApiGateway(Server server, ServerConnector connector, SlowRequests slowRequests) {
        this.server = server;
        this.connector = connector;
        this.slowRequests = slowRequests;
    }

    /**
     * Starts serving {@code api}, each Lambda integration run by the function of its name in
     * {@code functions}.
     *
     * @throws IllegalArgumentException when a route invokes a function that is not given
     * @throws UncheckedIOException when the port is taken
     */
    public static ApiGateway start(GatewaySettings settings, ApiDefinition api, Map<String, LambdaFunction> functions) {
        return start(settings, api, functions, Optional.empty());
    }

    /** As {@link #start(GatewaySettings, ApiDefinition, Map)}, holding every response to the contract with {@code checks}. */
    public static ApiGateway start(GatewaySettings settings, ApiDefinition api, Map<String, LambdaFunction> functions,
            Optional<ContractChecks> checks) {
        Set<String> missing = new TreeSet<>(api.functionNames());
        missing.removeAll(functions.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No function is given for the integrations of " + missing);
        }
        var threads = new QueuedThreadPool();
        threads.setName("gateway");
        threads.setDaemon(true);
        // Handlers block while a function runs; on virtual threads that costs no platform thread.
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        var server = new Server(threads);
        var http = new HttpConfiguration();
        // Jetty 12.0 names its strictest mode after RFC 7230, which RFC 9110 and 9112 replaced unchanged on these points.
        http.setHttpCompliance(HttpCompliance.RFC7230);
        http.setUriCompliance(UriCompliance.DEFAULT);
        http.setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        var connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(LOOPBACK);
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        server.addConnector(connector);
        var refusals = new HttpRefusals(api.gatewayResponses());
        var handler = new GatewayHandler(settings, api, functions, refusals, checks);
        server.setHandler(handler);
        server.setErrorHandler(refusals);
        server.setStopTimeout(STOP_GRACE_MILLIS);
        try {
            server.start();
        } catch (IOException failure) {
            stopQuietly(server);
            if (failure instanceof BindException || failure.getCause() instanceof BindException) {
                throw new UncheckedIOException("Port %d on %s is in use".formatted(settings.port(), LOOPBACK), failure);
            }
            throw new UncheckedIOException("Cannot listen on %s:%d".formatted(LOOPBACK, settings.port()), failure);
        } catch (Exception failure) {
            stopQuietly(server);
            throw new IllegalStateException("The gateway did not start", failure);
        }
        handler.listeningOn(connector.getLocalPort());
        return new ApiGateway(server, connector, new SlowRequests(connector, settings.requestTimeout()));
    }

    /** The base URL, such as {@code http://127.0.0.1:3000}. */
    public URI uri() {
        return URI.create("http://%s:%d".formatted(LOOPBACK, connector.getLocalPort()));
    }

    /**
     * Stops taking requests, lets those in flight finish (for up to two seconds), then stops.
     * Kept-alive connections with no request in them are closed first: Jetty would otherwise wait
     * for them as if they were busy.
     */
    @Override
    public void close() {
        slowRequests.close();
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
            if (endPoint.getConnection() instanceof HttpConnection http && http.getParser().isStart()) {
                endPoint.close();
            }
        }
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception failure) {
            throw new IllegalStateException("The gateway did not stop cleanly", failure);
        }
    }
}
