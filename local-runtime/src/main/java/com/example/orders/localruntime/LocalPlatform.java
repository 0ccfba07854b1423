package com.example.orders.localruntime;

import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.gateway.ApiDefinition;
import com.example.orders.localruntime.contract.ApiContract;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.ContractChecks;
import com.example.orders.localruntime.lambda.LambdaFunction;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The orders platform on one machine: local AWS, the platform's resources, the real handlers
 * wired to them, the processing pipeline behind and the API gateway in front. Closing it stops
 * the gateway, then the pipeline, then the emulators.
 */
public final class LocalPlatform implements AutoCloseable {

    private final LocalAws aws;
    private final LocalWorkflow workflow;
    private final ProcessingPipeline pipeline;
    private final ApiGateway gateway;
    private final ReadyMessage readyMessage;
    private final Optional<ContractChecks> contractChecks;

    private LocalPlatform(LocalAws aws, LocalWorkflow workflow, ProcessingPipeline pipeline, ApiGateway gateway,
            ReadyMessage readyMessage, Optional<ContractChecks> contractChecks) {
        this.aws = aws;
        this.workflow = workflow;
        this.pipeline = pipeline;
        this.gateway = gateway;
        this.readyMessage = readyMessage;
        this.contractChecks = contractChecks;
    }

    public static void main(String[] args) {
        // One line per log record, before anything logs: JUL's default takes two.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s - %5$s%6$s%n");
        }
        PlatformOptions options;
        try {
            options = PlatformOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException invalid) {
            System.err.println(invalid.getMessage());
            System.err.print(PlatformOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(PlatformOptions.usage());
            return;
        }
        LocalPlatform platform;
        try {
            platform = start(options);
        } catch (RuntimeException failure) {
            System.err.println("The local platform did not start: " + failure.getMessage());
            failure.printStackTrace();
            System.exit(1);
            return;
        }
        PrintStream out = System.out;
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            platform.close();
            out.println("Orders platform stopped.");
        }));
        out.print(platform.readyMessage().text());
        out.flush();
        // The gateway's server thread keeps the JVM running until Ctrl-C.
    }

    /**
     * Starts everything, or nothing: whatever started is stopped again when a later step fails.
     * Lines about the running pipeline (emails sent, dead-letter queue depth) go to standard output.
     */
    public static LocalPlatform start(PlatformOptions options) {
        return start(options, System.out::println);
    }

    /** As {@link #start(PlatformOptions)}, with the pipeline's lines going to {@code console}. */
    public static LocalPlatform start(PlatformOptions options, Consumer<String> console) {
        long started = System.nanoTime();
        // SLF4J initialises on first use; when several startup threads race to that, it drops
        // their early log calls and warns about "substitute loggers". Initialise it here, once.
        LoggerFactory.getILoggerFactory();
        try (var background = Executors.newVirtualThreadPerTaskExecutor()) {
            // Loading the API and starting the emulators each take a while; they overlap.
            CompletableFuture<ApiDefinition> definition = CompletableFuture.supplyAsync(() -> ApiDefinition.bundled(
                    OrderFunctions.apiStackParameters(options.corsOrigins(), options.rateLimit(), options.burstLimit())), background);
            CompletableFuture<Optional<ContractChecks>> checks = CompletableFuture.supplyAsync(() -> options.contractChecks()
                    ? Optional.of(new ContractChecks(ApiContract.bundled())) : Optional.empty(), background);
            LocalAws aws = options.dataDirectory().map(EmbeddedLocalAws::start).orElseGet(EmbeddedLocalAws::start);
            LocalWorkflow workflow = null;
            ProcessingPipeline pipeline = null;
            try {
                PlatformResources resources = aws.provision("");
                ExampleStock.seed(aws.dynamoDb(), resources.inventoryTable());
                String sender = OrderFunctions.emailSender(options.functionSettings());
                aws.ses().verifyEmailIdentity(request -> request.emailAddress(sender));
                Map<String, LambdaFunction> api = OrderFunctions.api(aws, resources, options.corsOrigins());
                workflow = LocalWorkflow.start(aws, resources);
                var functionSettings = new LinkedHashMap<>(workflow.processorSettings());
                functionSettings.putAll(options.functionSettings());
                PipelineFunctions functions = OrderFunctions.pipeline(aws, resources, options.corsOrigins(), functionSettings);
                pipeline = ProcessingPipeline.start(aws, resources, functions, new ProcessingPipeline.Settings(
                        outboxDirectory(options), options.dataDirectory(), options.retryDelay()), console);
                ApiDefinition deployed = definition.join();
                Optional<ContractChecks> contractChecks = checks.join();
                ApiGateway gateway = ApiGateway.start(options.gatewaySettings(), deployed, api, contractChecks);
                var ready = new ReadyMessage(gateway.uri(), options.apiKey(), options.corsOrigins(),
                        options.dataDirectory(), Duration.ofNanos(System.nanoTime() - started),
                        deployed.requestExample("createOrder").orElse("{}"),
                        pipeline.outbox().directory(), pipeline.redrive(), options.retryDelay());
                return new LocalPlatform(aws, workflow, pipeline, gateway, ready, contractChecks);
            } catch (RuntimeException failure) {
                if (pipeline != null) {
                    pipeline.close();
                }
                if (workflow != null) {
                    workflow.close();
                }
                aws.close();
                throw failure instanceof CompletionException completion && completion.getCause() instanceof RuntimeException cause
                        ? cause : failure;
            }
        }
    }

    /** {@code --outbox}, else {@code outbox} in the data directory, else a new temporary directory. */
    private static Path outboxDirectory(PlatformOptions options) {
        return options.outbox()
                .or(() -> options.dataDirectory().map(directory -> directory.resolve("outbox")))
                .orElseGet(() -> {
                    try {
                        return Files.createTempDirectory("orders-outbox-");
                    } catch (IOException failure) {
                        throw new UncheckedIOException("Cannot create a temporary outbox", failure);
                    }
                });
    }

    public ReadyMessage readyMessage() {
        return readyMessage;
    }

    /** The responses so far that the contract does not document (none are checked with --contract-checks off). */
    public List<String> contractViolations() {
        return contractChecks.map(ContractChecks::violations).orElse(List.of());
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            try {
                pipeline.close();
            } finally {
                try {
                    workflow.close();
                } finally {
                    aws.close();
                }
            }
        }
    }
}
