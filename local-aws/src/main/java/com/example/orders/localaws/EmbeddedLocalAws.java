package com.example.orders.localaws;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * AWS without Docker: DynamoDB Local and ElasticMQ in this JVM, moto_server (SNS, SES) as a child
 * process, all on 127.0.0.1 and free ports; SES is reached through a {@link RecordingSes}, which
 * keeps each accepted email in this JVM.
 *
 * <p>With a data directory, DynamoDB Local keeps its tables and items in a file there across
 * restarts. ElasticMQ and moto always start empty: queues, messages, topics and email identities do
 * not survive a restart, and {@link #provision(String)} recreates queues and topics while reusing
 * the tables. ElasticMQ also ignores {@code MessageRetentionPeriod}.
 */
public final class EmbeddedLocalAws implements LocalAws {

    private static final System.Logger LOG = System.getLogger(EmbeddedLocalAws.class.getName());

    private final DynamoDbLocalServer dynamoDb;
    private final ElasticMqServer elasticMq;
    private final MotoServer moto;
    private final RecordingSes ses;
    private final CompletableFuture<String> emulatorExit = new CompletableFuture<>();
    private volatile boolean closing;
    private final AwsClients clients;

    private EmbeddedLocalAws(DynamoDbLocalServer dynamoDb, ElasticMqServer elasticMq, MotoServer moto) {
        this.dynamoDb = dynamoDb;
        this.elasticMq = elasticMq;
        this.moto = moto;
        this.ses = RecordingSes.start(moto.endpoint());
        this.clients = AwsClients.connect(this::endpoint, region(), credentials());
        moto.exit().thenAccept(exitCode -> {
            if (!closing) {
                emulatorExit.complete("moto_server (SNS and SES) exited unexpectedly with code " + exitCode
                        + "; its last output: " + moto.lastOutput());
            }
        });
    }

    /** Starts with everything in memory. */
    public static EmbeddedLocalAws start() {
        return start(Optional.empty());
    }

    /** Starts with DynamoDB Local's data kept in {@code dataDirectory}, which is created if missing. */
    public static EmbeddedLocalAws start(Path dataDirectory) {
        return start(Optional.of(dataDirectory));
    }

    private static EmbeddedLocalAws start(Optional<Path> dataDirectory) {
        long started = System.nanoTime();
        Future<DynamoDbLocalServer> dynamoDb;
        Future<ElasticMqServer> elasticMq;
        Future<MotoServer> moto;
        // They start independently; in parallel the slowest (DynamoDB Local) sets the pace.
        try (var starter = Executors.newVirtualThreadPerTaskExecutor()) {
            dynamoDb = starter.submit(() -> DynamoDbLocalServer.start(dataDirectory));
            elasticMq = starter.submit(() -> ElasticMqServer.start(REGION));
            moto = starter.submit(() -> MotoServer.start());
        }
        List<Future<? extends AutoCloseable>> emulators = List.of(dynamoDb, elasticMq, moto);
        if (emulators.stream().anyMatch(emulator -> emulator.state() != Future.State.SUCCESS)) {
            throw stopStarted(emulators);
        }
        var aws = new EmbeddedLocalAws(dynamoDb.resultNow(), elasticMq.resultNow(), moto.resultNow());
        LOG.log(System.Logger.Level.INFO, () -> "Embedded AWS ready in %d ms: DynamoDB %s, SQS %s, SNS, SES and S3 %s%s"
                .formatted(
                        Duration.ofNanos(System.nanoTime() - started).toMillis(),
                        aws.endpoint(AwsService.DYNAMODB),
                        aws.endpoint(AwsService.SQS),
                        aws.endpoint(AwsService.SNS),
                        dataDirectory.map(directory -> ", DynamoDB data in " + directory).orElse("")));
        return aws;
    }

    private static RuntimeException stopStarted(List<Future<? extends AutoCloseable>> emulators) {
        List<Throwable> startFailures = emulators.stream()
                .filter(emulator -> emulator.state() == Future.State.FAILED)
                .map(Future::exceptionNow)
                .toList();
        Throwable cause = startFailures.getFirst();
        var failure = new IllegalStateException("Embedded AWS did not start: " + cause.getMessage(), cause);
        startFailures.stream().skip(1).forEach(failure::addSuppressed);
        for (Future<? extends AutoCloseable> emulator : emulators) {
            if (emulator.state() == Future.State.SUCCESS) {
                try {
                    emulator.resultNow().close();
                } catch (Exception stopFailure) {
                    failure.addSuppressed(stopFailure);
                }
            }
        }
        return failure;
    }

    @Override
    public AwsClients clients() {
        return clients;
    }

    @Override
    public URI endpoint(AwsService service) {
        return switch (service) {
            case DYNAMODB, DYNAMODB_STREAMS -> dynamoDb.endpoint();
            case SQS -> elasticMq.endpoint();
            case SES -> ses.endpoint();
            case SNS, SFN, S3, CLOUDFORMATION, API_GATEWAY, SECRETS_MANAGER -> moto.endpoint();
        };
    }

    @Override
    public CompletableFuture<String> emulatorExit() {
        return emulatorExit;
    }

    /** Kept here as moto accepts them, so they outlive moto. */
    @Override
    public List<SentEmail> sentEmails() {
        return ses.sent();
    }

    /** moto's process, so tests can check it ends with this instance. */
    ProcessHandle motoProcess() {
        return moto.process();
    }

    @Override
    public void close() {
        closing = true;
        List<AutoCloseable> parts = List.of(clients, ses, moto, elasticMq, dynamoDb);
        RuntimeException failure = null;
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception partFailure) {
                if (failure == null) {
                    failure = new IllegalStateException("Embedded AWS did not stop cleanly", partFailure);
                } else {
                    failure.addSuppressed(partFailure);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
