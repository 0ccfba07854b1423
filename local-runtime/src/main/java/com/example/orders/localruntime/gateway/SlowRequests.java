package com.example.orders.localruntime.gateway;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Closes connections whose request takes longer than the request timeout to arrive. Jetty's idle
 * timeout is reset by every byte, so a client that trickles a request (slowloris) would hold a
 * connection forever; this looks once a second at each connection that is part-way through
 * receiving a request and closes it when that same request has been arriving for too long.
 * It reads Jetty's parser state, an internal API: a Jetty upgrade is checked by GatewayHttpTest.
 */
final class SlowRequests implements AutoCloseable {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(ApiGateway.class.getName());

    /** A request in arrival: the connection's count of requests when first seen, and since when. */
    private record Arrival(long messagesIn, long sinceNanos) {
    }

    private final ServerConnector connector;
    private final long timeoutNanos;
    private final Map<Connection, Arrival> arriving = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("gateway-slow-requests").factory());

    SlowRequests(ServerConnector connector, Duration timeout) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
        scheduler.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            long now = System.nanoTime();
            var stillArriving = new HashMap<Connection, Arrival>();
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (!(endPoint.getConnection() instanceof HttpConnection http) || !receiving(http.getParser())) {
                    continue;
                }
                Arrival known = arriving.get(http);
                Arrival arrival = known != null && known.messagesIn() == http.getMessagesIn()
                        ? known : new Arrival(http.getMessagesIn(), now);
                if (now - arrival.sinceNanos() > timeoutNanos) {
                    LOG.log(System.Logger.Level.INFO, "Closing a connection whose request did not arrive within {0} s",
                            timeoutNanos / 1_000_000_000);
                    endPoint.close();
                } else {
                    stillArriving.put(http, arrival);
                }
            }
            arriving.clear();
            arriving.putAll(stillArriving);
        } catch (RuntimeException unexpected) {
            LOG.log(System.Logger.Level.WARNING, "Checking for slow requests failed", unexpected);
        }
    }

    /** Part-way through a request: past its first byte, not yet at its end. */
    private static boolean receiving(HttpParser parser) {
        return !parser.isStart() && (parser.inHeaderState() || parser.inContentState());
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
