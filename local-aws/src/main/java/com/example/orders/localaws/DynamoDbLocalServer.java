package com.example.orders.localaws;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * DynamoDB Local (tables and streams) in this JVM, on 127.0.0.1 and a free port. Its own
 * {@code ServerRunner} binds every interface, so the Jetty connector is built here instead; that
 * also bypasses the runner's telemetry, the only code that reads {@code DDB_LOCAL_TELEMETRY}.
 */
final class DynamoDbLocalServer implements AutoCloseable {

    // DynamoDB Local's bundled AWS SDK v1 warns on first use that JAXB is missing; its fallback
    // serves DynamoDB Local well. Held in a field because JUL forgets the level of unreferenced loggers.
    private static final Logger SDK_V1_BASE64 = quiet("com.amazonaws.util.Base64");

    private final LocalDynamoDBRequestHandler requests;
    private final Server jetty;
    private final URI endpoint;

    private DynamoDbLocalServer(LocalDynamoDBRequestHandler requests, Server jetty, URI endpoint) {
        this.requests = requests;
        this.jetty = jetty;
        this.endpoint = endpoint;
    }

    /**
     * Starts in memory, or on a database file in {@code dataDirectory} that outlives the process.
     * One database is shared by all credentials and regions, as the functions and tests expect.
     */
    static DynamoDbLocalServer start(Optional<Path> dataDirectory) {
        // The request handler logs every error it answers a client with (a failed condition, a
        // trimmed stream record) as a WARN with its stack trace: answers, not faults of the server.
        Configurator.setLevel(LocalDynamoDBServerHandler.class.getName(), Level.ERROR);
        String dbPath = dataDirectory.map(DynamoDbLocalServer::createDirectories).orElse(null);
        Server jetty = new Server();
        try {
            var requests = new LocalDynamoDBRequestHandler(0, dbPath == null, dbPath, true, false);
            var handler = new LocalDynamoDBServerHandler(requests, null);
            var connector = new ServerConnector(jetty);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            jetty.addConnector(connector);
            // What DynamoDBProxyServer.setUpHandler does; that class itself cannot be loaded, as it
            // refers to the Pinpoint SDK (telemetry), which is excluded.
            var context = new ContextHandler();
            context.setHandler(handler);
            jetty.setHandler(new ContextHandlerCollection(context));
            jetty.start();
            URI endpoint = URI.create("http://127.0.0.1:" + connector.getLocalPort());
            return new DynamoDbLocalServer(requests, jetty, endpoint);
        } catch (Exception failure) {
            stopQuietly(jetty, failure);
            throw new IllegalStateException("DynamoDB Local did not start", failure);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception failure) {
            throw new IllegalStateException("DynamoDB Local did not stop", failure);
        } finally {
            // Releases the database file, so a later start on the same data directory can open it.
            requests.shutdown();
        }
    }

    private static String createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory).toAbsolutePath().toString();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the DynamoDB Local data directory " + directory, failure);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static void stopQuietly(Server jetty, Exception cause) {
        try {
            jetty.stop();
        } catch (Exception stopFailure) {
            cause.addSuppressed(stopFailure);
        }
    }
}
