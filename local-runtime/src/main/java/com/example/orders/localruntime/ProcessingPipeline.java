package com.example.orders.localruntime;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.console.DeadLetterQueueWatch;
import com.example.orders.localruntime.console.EmailOutbox;
import com.example.orders.localruntime.console.FailedInvocationsRedriveCommand;
import com.example.orders.localruntime.console.RedriveCommand;
import com.example.orders.localruntime.console.StatusChangeLines;
import com.example.orders.localruntime.events.JsonResource;
import com.example.orders.localruntime.events.PipeCheckpoints;
import com.example.orders.localruntime.events.PipeDefinition;
import com.example.orders.localruntime.events.PipeTarget;
import com.example.orders.localruntime.events.QueuePoller;
import com.example.orders.localruntime.events.RateSchedule;
import com.example.orders.localruntime.events.SnsEvents;
import com.example.orders.localruntime.events.StreamPipe;
import com.example.orders.localruntime.events.TopicSubscriber;
import com.example.orders.localruntime.events.WaitingOrders;
import com.example.orders.localruntime.lambda.AsyncInvocationPolicy;
import com.example.orders.localruntime.lambda.AsynchronousInvoker;
import com.example.orders.localruntime.lambda.InvocationJournal;
import com.example.orders.localruntime.lambda.LambdaInvokeApi;
import com.example.orders.localruntime.lambda.LocalEventFunction;
import com.example.orders.localruntime.lambda.StreamHandlerFunction;
import com.example.orders.localruntime.templates.BundledTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Everything after an order is stored, as AWS runs it: the pipe from the Orders stream to
 * order-processing-queue, the queue's event source mapping to the processor, the topic's
 * subscription of the notifier with Lambda's asynchronous retries and on-failure queue, and, for
 * people watching, the email outbox and the depth of every queue of dead letters. Closing stops the sources first, so nothing is invoked after it.
 */
public final class ProcessingPipeline implements AutoCloseable {

    public static final String PROCESS_FUNCTION = "order-process-fn";
    public static final String NOTIFY_FUNCTION = "order-notify-fn";
    /** The processor's deployed timeout: a sixth of the queue's visibility timeout. */
    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NOTIFY_TIMEOUT = Duration.ofSeconds(30);
    private static final String NOTIFIER_FILTER_POLICY = "subscription/notifier-filter-policy.json";
    /** The notifier's asynchronous invocation settings in the functions stack. */
    private static final String NOTIFY_INVOKE_CONFIG = "NotifyCustomerInvokeConfig";
    private static final String NEW_ORDERS_PIPE = "new-orders";
    public static final String RECONCILE_FUNCTION = "order-reconcile-fn";
    private static final String RECONCILE_SCHEDULE = "ReconcileSchedule";
    private static final Duration RECONCILE_TIMEOUT = Duration.ofSeconds(60);
    private static final Path PIPE_CHECKPOINTS = Path.of("pipes", NEW_ORDERS_PIPE + ".json");
    private static final String STATUS_EVENTS_PIPE = "status-events";
    /** Under the data directory: each asynchronously invoked function's accepted, unfinished events. */
    private static final String INVOCATIONS = "invocations";
    private static final Path STATUS_EVENTS_CHECKPOINTS = Path.of("pipes", STATUS_EVENTS_PIPE + ".json");
    /** The notifier's subscription in the functions stack: its filter policy applies to the body. */
    private static final String NOTIFIER_SUBSCRIPTION = "NotificationsSubscription";
    /** The first pause before a record the pipe failed to deliver is tried again; it doubles with each failure. */
    private static final Duration PIPE_RETRY_BACKOFF = Duration.ofMillis(200);

    private final List<AutoCloseable> parts;
    private final EmailOutbox outbox;
    private final RedriveCommand redrive;
    private final FailedInvocationsRedriveCommand failedNotificationsRedrive;
    private final URI lambdaEndpoint;

    private ProcessingPipeline(List<AutoCloseable> parts, EmailOutbox outbox, RedriveCommand redrive,
            FailedInvocationsRedriveCommand failedNotificationsRedrive, URI lambdaEndpoint) {
        this.parts = parts;
        this.outbox = outbox;
        this.redrive = redrive;
        this.failedNotificationsRedrive = failedNotificationsRedrive;
        this.lambdaEndpoint = lambdaEndpoint;
    }

    /**
     * Where the pipeline keeps what it writes: the outbox for sent emails, and, when the
     * platform's data is kept, the pipe's checkpoints beside it; and the local stand-in for
     * AWS's retry delays (a queue message's visibility timeout, Lambda's pauses between attempts).
     */
    public record Settings(Path outboxDirectory, Optional<Path> dataDirectory, Duration retryDelay, Duration reconcileEvery,
            int concurrency) {

        public Settings(Path outboxDirectory, Optional<Path> dataDirectory, Duration retryDelay) {
            this(outboxDirectory, dataDirectory, retryDelay, deployedReconcileRate(), OrderFunctions.DEFAULT_CONCURRENCY);
        }
    }

    /**
     * How often the deployed schedule runs the reconciler. Read when a pipeline starts, not when
     * the class loads: parsing the template is no price for {@code --help} to pay.
     */
    public static Duration deployedReconcileRate() {
        return RateSchedule.interval(
                BundledTemplates.resourceProperties("functions.yaml", RECONCILE_SCHEDULE).path("ScheduleExpression").asText());
    }

    /**
     * Starts the pipeline on {@code resources}; {@code console} receives the lines meant for the
     * person running the platform (emails sent, dead letters waiting).
     */
    public static ProcessingPipeline start(LocalAws aws, PlatformResources resources, PipelineFunctions functions,
            Settings settings, Consumer<String> console) {
        // In start order; closed in reverse: the sources first (schedule, new-orders pipe), then the
        // processor, the status pipe, the notifier, and last the outbox.
        var parts = new ArrayList<AutoCloseable>();
        try {
            String deadLetterQueueArn = aws.sqs().getQueueAttributes(request -> request.queueUrl(resources.deadLetterQueueUrl())
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            var redrive = new RedriveCommand(deadLetterQueueArn, aws.endpoint(AwsService.SQS), aws.region().id());
            EmailOutbox outbox = EmailOutbox.start(aws, settings.outboxDirectory(), console);
            parts.add(outbox);
            // The notifier is a stream handler: it gets the event's JSON, as Lambda delivers it.
            var notifier = new AsynchronousInvoker<JsonNode>(
                    new LocalEventFunction<JsonNode, Void>(NOTIFY_FUNCTION, NOTIFY_TIMEOUT,
                            () -> new StreamHandlerFunction(functions.notifier().get()), settings.concurrency()),
                    Function.identity(),
                    AsyncInvocationPolicy.of(BundledTemplates.resourceProperties("functions.yaml", NOTIFY_INVOKE_CONFIG)),
                    Optional.of(new AsynchronousInvoker.OnFailureQueue(aws.sqs(), resources.notifyFailureQueueUrl())),
                    settings.retryDelay(), settings.dataDirectory()
                            .map(directory -> InvocationJournal.inDirectory(directory.resolve(INVOCATIONS).resolve(NOTIFY_FUNCTION)))
                            .orElseGet(InvocationJournal::inMemory));
            parts.add(notifier);
            LambdaInvokeApi lambda = LambdaInvokeApi.start(List.of(notifier));
            parts.add(lambda);
            var failedNotificationsRedrive = new FailedInvocationsRedriveCommand(resources.notifyFailureQueueUrl(),
                    aws.endpoint(AwsService.SQS), lambda.endpoint(), aws.region().id());
            parts.add(DeadLetterQueueWatch.start(aws.sqs(), "The dead-letter queue", resources.deadLetterQueueUrl(),
                    "redrive them with: " + redrive.text(), console));
            parts.add(DeadLetterQueueWatch.start(aws.sqs(), "The notifier's failure queue", resources.notifyFailureQueueUrl(),
                    "invoke the notifier with them again: " + failedNotificationsRedrive.text(), console));
            parts.add(DeadLetterQueueWatch.start(aws.sqs(), "The pipe's dead-letter queue", resources.pipeDeadLetterQueueUrl(),
                    "each names a stream record whose order was never queued (README: Runbook)", console));
            String filterPolicyScope = BundledTemplates.resourceProperties("functions.yaml", NOTIFIER_SUBSCRIPTION)
                    .path("FilterPolicyScope").asText();
            parts.add(TopicSubscriber.start(aws.sns(), resources.notificationsTopicArn(),
                    JsonResource.read(NOTIFIER_FILTER_POLICY).toString(), filterPolicyScope, notifier));
            int resumed = notifier.resume();
            if (resumed > 0) {
                console.accept("Invoking the notifier again with %d event(s) it had accepted and not finished at the last stop"
                        .formatted(resumed));
            }
            var statusLines = new AsynchronousInvoker<SNSEvent>(
                    new LocalEventFunction<SNSEvent, Void>("status-lines", NOTIFY_TIMEOUT, new StatusChangeLines(console)),
                    SnsEvents::decode, AsyncInvocationPolicy.LAMBDA_DEFAULTS, Optional.empty(), settings.retryDelay());
            parts.add(statusLines);
            parts.add(TopicSubscriber.start(aws.sns(), resources.notificationsTopicArn(),
                    JsonResource.read(NOTIFIER_FILTER_POLICY).toString(), filterPolicyScope, statusLines));
            // The outbox of status changes: every change stored is announced on the topic. It stops
            // after the processor, and catches up with the stream as it stops, so every change the
            // processor stored is announced before the notifier stops.
            String streamArn = resources.ordersStreamArn();
            PipeCheckpoints statusCheckpoints = settings.dataDirectory()
                    .map(directory -> PipeCheckpoints.inFile(streamArn, directory.resolve(STATUS_EVENTS_CHECKPOINTS)))
                    .orElseGet(() -> PipeCheckpoints.inMemory(streamArn));
            parts.add(StreamPipe.start(aws.dynamoDbStreams(), aws.sqs(),
                    new StreamPipe.Route(STATUS_EVENTS_PIPE, streamArn, PipeTarget.topic(aws.sns(), resources.notificationsTopicArn()),
                            Optional.of(resources.statusEventsPipeDeadLetterQueueUrl())),
                    PipeDefinition.statusEvents(), statusCheckpoints, PIPE_RETRY_BACKOFF));
            parts.add(QueuePoller.start(aws.sqs(), resources.processingQueueUrl(),
                    new LocalEventFunction<SQSEvent, SQSBatchResponse>(PROCESS_FUNCTION, PROCESS_TIMEOUT, functions.processor(),
                            settings.concurrency()),
                    settings.retryDelay()));
            PipeDefinition newOrders = PipeDefinition.newOrders();
            if (settings.dataDirectory().isPresent()) {
                int resent = WaitingOrders.resend(aws, resources, newOrders);
                if (resent > 0) {
                    console.accept("Sent again the processing messages of %d order(s) that were not final at the last stop".formatted(resent));
                }
            }
            PipeCheckpoints checkpoints = settings.dataDirectory()
                    .map(directory -> PipeCheckpoints.inFile(streamArn, directory.resolve(PIPE_CHECKPOINTS)))
                    .orElseGet(() -> PipeCheckpoints.inMemory(streamArn));
            parts.add(StreamPipe.start(aws.dynamoDbStreams(), aws.sqs(),
                    new StreamPipe.Route(NEW_ORDERS_PIPE, streamArn, PipeTarget.queue(aws.sqs(), resources.processingQueueUrl()),
                            Optional.of(resources.pipeDeadLetterQueueUrl())),
                    newOrders, checkpoints, PIPE_RETRY_BACKOFF));
            parts.add(RateSchedule.start(RECONCILE_SCHEDULE, settings.reconcileEvery(),
                    // One run at a time, as a schedule without overlap runs it.
                    new LocalEventFunction<Map<String, Object>, Object>(RECONCILE_FUNCTION, RECONCILE_TIMEOUT, functions.reconciler(), 1),
                    result -> reportRequeued(result, console)));
            return new ProcessingPipeline(List.copyOf(parts), outbox, redrive, failedNotificationsRedrive, lambda.endpoint());
        } catch (RuntimeException failure) {
            closeAll(parts.reversed(), failure);
            throw failure;
        }
    }

    /** A line for the person watching when the reconciler had to set orders going again. */
    private static void reportRequeued(Object result, Consumer<String> console) {
        if (result instanceof Map<?, ?> report && report.get("requeued") instanceof Integer requeued && requeued > 0) {
            console.accept("The reconciler queued %d stalled order(s) again (%s stuck past the alarm age; README: When an order stops moving)"
                    .formatted(requeued, report.get("stuck")));
        }
    }

    public EmailOutbox outbox() {
        return outbox;
    }

    public RedriveCommand redrive() {
        return redrive;
    }

    public FailedInvocationsRedriveCommand failedNotificationsRedrive() {
        return failedNotificationsRedrive;
    }

    /** Lambda's Invoke API for the asynchronously invoked functions ({@code AWS_ENDPOINT_URL_LAMBDA}). */
    public URI lambdaEndpoint() {
        return lambdaEndpoint;
    }

    @Override
    public void close() {
        var failure = new IllegalStateException("The processing pipeline did not stop cleanly");
        closeAll(parts.reversed(), failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closeAll(List<AutoCloseable> parts, RuntimeException failure) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception partFailure) {
                failure.addSuppressed(partFailure);
            }
        }
    }
}
