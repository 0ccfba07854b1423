package com.example.orders.localruntime;

import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.console.PlatformConsole;
import com.example.orders.localruntime.contract.ApiContract;
import com.example.orders.localruntime.gateway.ApiDefinition;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.ContractChecks;
import com.example.orders.localruntime.lambda.LambdaFunction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.slf4j.LoggerFactory;

/**
 * The orders platform on one machine: local AWS, the platform's resources, the real handlers
 * wired to them, the processing pipeline behind and the API gateway in front. Closing it stops
 * the gateway, then the pipeline, then the emulators.
 */
public final class LocalPlatform implements AutoCloseable {

    private final LocalAws aws;
    private final PlatformResources resources;
    private final LocalWorkflow workflow;
    private final ProcessingPipeline pipeline;
    private final ApiGateway gateway;
    private final ReadyMessage readyMessage;
    private final Optional<ContractChecks> contractChecks;
    /** The workspace this platform made for itself, and removes when it closes. */
    private Optional<PlatformWorkspace> ownedWorkspace = Optional.empty();

    private LocalPlatform(LocalAws aws, PlatformResources resources, LocalWorkflow workflow, ProcessingPipeline pipeline, ApiGateway gateway,
            ReadyMessage readyMessage, Optional<ContractChecks> contractChecks) {
        this.aws = aws;
        this.resources = resources;
        this.workflow = workflow;
        this.pipeline = pipeline;
        this.gateway = gateway;
        this.readyMessage = readyMessage;
        this.contractChecks = contractChecks;
    }

    public static void main(String[] args) {
        // The platform's own shutdown hook stops everything in order, Log4j last; Log4j's hook
        // would stop logging while the platform still drains its work.
        System.setProperty("log4j2.shutdownHookEnabled", "false");
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
        PlatformWorkspace workspace = PlatformWorkspace.of(options);
        PlatformConsole console = PlatformConsole.open(workspace.log(), options.verbose());
        LocalPlatform platform;
        try {
            platform = start(options, console::line, workspace);
        } catch (PortInUseException busy) {
            console.failure(busy.getMessage(), Optional.empty());
            stop(console, workspace);
            System.exit(1);
            return;
        } catch (RuntimeException failure) {
            console.failure("The local platform did not start: " + failure.getMessage(), Optional.of(failure));
            console.close();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                platform.close();
                console.line("Orders platform stopped.");
            } catch (RuntimeException failure) {
                console.failure("The platform did not stop cleanly: " + failure.getMessage(), Optional.of(failure));
            } finally {
                stop(console, workspace);
                LogManager.shutdown();
            }
        }));
        platform.emulatorFailure().thenAccept(failure -> {
            console.failure(failure + "\nThe platform stops: from now on every notification would fail. Start it again"
                    + " with bin/local-platform (with --data-dir DIR, the orders are kept).", Optional.empty());
            System.exit(1);
        });
        console.print(platform.readyMessage().text());
        // The gateway's server thread keeps the JVM running until Ctrl-C.
    }

    private static void stop(PlatformConsole console, PlatformWorkspace workspace) {
        console.close();
        workspace.removeIfTemporary();
    }

    /**
     * Starts everything, or nothing: whatever started is stopped again when a later step fails.
     * Lines about the running pipeline (emails sent, dead-letter queue depth) go to standard output.
     */
    public static LocalPlatform start(PlatformOptions options) {
        return start(options, System.out::println);
    }

    /**
     * As {@link #start(PlatformOptions)}, with the pipeline's lines going to {@code console}; its
     * files (outbox) in a workspace of its own, removed when it closes unless it is the data directory.
     */
    public static LocalPlatform start(PlatformOptions options, Consumer<String> console) {
        PlatformWorkspace workspace = PlatformWorkspace.of(options);
        try {
            LocalPlatform platform = start(options, console, workspace);
            platform.ownedWorkspace = Optional.of(workspace);
            return platform;
        } catch (RuntimeException failure) {
            workspace.removeIfTemporary();
            throw failure;
        }
    }

    /** Starts the platform with its files in {@code workspace}, which the caller removes. */
    static LocalPlatform start(PlatformOptions options, Consumer<String> console, PlatformWorkspace workspace) {
        long started = System.nanoTime();
        PortInUseException.check(options.port());
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
                ExampleStock.seed(new InventoryReservations(aws.dynamoDb(), resources.inventoryTable()));
                String sender = OrderFunctions.emailSender(options.functionSettings());
                aws.ses().verifyEmailIdentity(request -> request.emailAddress(sender));
                Map<String, LambdaFunction> api = OrderFunctions.api(aws, resources, options.corsOrigins(), options.concurrency());
                workflow = LocalWorkflow.start(aws, resources);
                var functionSettings = new LinkedHashMap<>(workflow.processorSettings());
                functionSettings.putAll(options.functionSettings());
                PipelineFunctions functions = OrderFunctions.pipeline(aws, resources, options.corsOrigins(), functionSettings);
                pipeline = ProcessingPipeline.start(aws, resources, functions, new ProcessingPipeline.Settings(
                        workspace.outbox(), options.dataDirectory(), options.retryDelay(),
                        options.reconcileEvery().orElseGet(ProcessingPipeline::deployedReconcileRate),
                        options.concurrency()), console);
                ApiDefinition deployed = definition.join();
                Optional<ContractChecks> contractChecks = checks.join();
                ApiGateway gateway = ApiGateway.start(options.gatewaySettings(), deployed, api, contractChecks);
                var ready = new ReadyMessage(gateway.uri(), options.apiKey(), options.corsOrigins(),
                        options.dataDirectory(), Duration.ofNanos(System.nanoTime() - started),
                        deployed.requestExample("createOrder").orElse("{}"),
                        pipeline.outbox().directory(), workspace.log());
                return new LocalPlatform(aws, resources, workflow, pipeline, gateway, ready, contractChecks);
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

    /** The emulators behind the platform, for a look at what the functions stored. */
    public LocalAws aws() {
        return aws;
    }

    public PlatformResources resources() {
        return resources;
    }

    public ReadyMessage readyMessage() {
        return readyMessage;
    }

    /**
     * Completes, with what happened, when an emulator the platform runs as a child process (moto,
     * for SNS and SES) dies while the platform runs.
     */
    public CompletableFuture<String> emulatorFailure() {
        return aws.emulatorExit();
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
                    try {
                        aws.close();
                    } finally {
                        ownedWorkspace.ifPresent(PlatformWorkspace::removeIfTemporary);
                    }
                }
            }
        }
    }
}
