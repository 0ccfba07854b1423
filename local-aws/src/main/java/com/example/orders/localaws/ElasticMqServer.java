package com.example.orders.localaws;

import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * ElasticMQ (SQS) in this JVM, on 127.0.0.1 and a free port. Queues live in memory only, and
 * ElasticMQ ignores {@code MessageRetentionPeriod}: messages stay until deleted or dead-lettered.
 */
final class ElasticMqServer implements AutoCloseable {

    private final SQSRestServer server;
    private final URI endpoint;

    private ElasticMqServer(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    static ElasticMqServer start(Region region) {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withDynamicPort()
                .withAWSRegion(region.id())
                .withAWSAccountId(LocalAws.ACCOUNT_ID)
                .start();
        int port = server.waitUntilStarted().localAddress().getPort();
        return new ElasticMqServer(server, URI.create("http://127.0.0.1:" + port));
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
