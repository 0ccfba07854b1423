package com.example.orders.localruntime.events;

import com.example.orders.localruntime.lambda.AsynchronousInvoker;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * A function subscribed to an SNS topic, run locally: an HTTP endpoint on 127.0.0.1 that moto's
 * SNS posts to (moto cannot invoke a Lambda function outside Docker), subscribed with a filter
 * policy. It confirms subscriptions, and hands each notification, as the SNS event's JSON Lambda
 * would deliver, to the function's {@link AsynchronousInvoker}: SNS invokes Lambda asynchronously,
 * so a notification is accepted at once, and a failing function is retried, then sent to its
 * on-failure destination, by Lambda's rules rather than SNS's.
 *
 * <p>Closing unsubscribes before the endpoint stops: moto fails every Publish to a topic with
 * an HTTP subscriber that does not answer.
 */
public final class TopicSubscriber implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String PATH = "/sns";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns;
    private final AsynchronousInvoker<?> function;
    private final HttpServer server;
    private final ExecutorService executor;
    private volatile String subscriptionArn;

    private TopicSubscriber(SnsClient sns, AsynchronousInvoker<?> function) {
        this.sns = sns;
        this.function = function;
        try {
            this.server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + LOOPBACK, e);
        }
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.createContext(PATH, this::receive);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Subscribes {@code function} to {@code topicArn} with the filter policy {@code filterPolicy}
     * (JSON), applied to the message attributes or the body ({@code filterPolicyScope}).
     */
    public static TopicSubscriber start(SnsClient sns, String topicArn, String filterPolicy, String filterPolicyScope,
            AsynchronousInvoker<?> function) {
        var subscriber = new TopicSubscriber(sns, function);
        try {
            subscriber.subscriptionArn = sns.subscribe(request -> request.topicArn(topicArn)
                    .protocol("http")
                    .endpoint(subscriber.endpoint().toString())
                    .attributes(Map.of("FilterPolicy", filterPolicy, "FilterPolicyScope", filterPolicyScope))
                    .returnSubscriptionArn(true)).subscriptionArn();
            return subscriber;
        } catch (RuntimeException failure) {
            subscriber.stopServer();
            throw failure;
        }
    }

    public URI endpoint() {
        return URI.create("http://%s:%d%s".formatted(LOOPBACK, server.getAddress().getPort(), PATH));
    }

    public String subscriptionArn() {
        return subscriptionArn;
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            var envelope = new SnsEnvelope(JSON.readTree(body));
            int status = switch (envelope.type()) {
                case SnsEnvelope.SUBSCRIPTION_CONFIRMATION -> confirm(envelope);
                case SnsEnvelope.NOTIFICATION -> notify(envelope);
                default -> 200;
            };
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** SubscribeURL points at AWS itself; ConfirmSubscription reaches the local SNS instead. */
    private int confirm(SnsEnvelope envelope) {
        sns.confirmSubscription(request -> request.topicArn(envelope.topicArn()).token(envelope.token()));
        return 200;
    }

    private int notify(SnsEnvelope envelope) {
        function.accept(envelope.payload(subscriptionArn));
        return 200;
    }

    @Override
    public void close() {
        try {
            if (subscriptionArn != null) {
                sns.unsubscribe(request -> request.subscriptionArn(subscriptionArn));
            }
        } catch (SdkClientException emulatorGone) {
            // On Ctrl-C moto gets the signal too, and shutdown hooks run in no set order: when it
            // is already gone, so is the subscription, and there is nothing left to undo.
        } finally {
            stopServer();
        }
    }

    private void stopServer() {
        server.stop(0);
        executor.close();
    }
}
