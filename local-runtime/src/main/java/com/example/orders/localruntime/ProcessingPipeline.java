package com.example.orders.localruntime;

import com.example.orders.localruntime.lambda.EventFunction;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything after an order is stored, as AWS runs it: the pipe from the Orders stream to
 * order-processing-queue, the queue's event source mapping to the processor, the topic's
 * subscription of the notifier, and, for people watching, the email outbox and the
 * dead-letter queue's depth. Closing stops the sources first, so nothing is invoked after it.
 */
public final class ProcessingPipeline implements AutoCloseable {

    public static final String PROCESS_FUNCTION = "order-process-fn";
    public static final String NOTIFY_FUNCTION = "order-notify-fn";
    /** The processor's deployed timeout: a sixth of the queue's visibility timeout. */
    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NOTIFY_TIMEOUT = Duration.ofSeconds(30);
    private static final String NOTIFIER_FILTER_POLICY = "subscription/notifier-filter-policy.json";

    private final List<AutoCloseable> parts;
    private final EmailOutbox outbox;
    private final RedriveCommand redrive;

    private ProcessingPipeline(List<AutoCloseable> parts, EmailOutbox outbox, RedriveCommand redrive) {
        this.parts = parts;
        this.outbox = outbox;
        this.redrive = redrive;
    }

    /**
     * Starts the pipeline on {@code resources}; {@code console} receives the lines meant for the
     * person running the platform (emails sent, dead-letter queue depth).
     */
    public static ProcessingPipeline start(LocalAws aws, PlatformResources resources, PipelineFunctions functions,
            Path outboxDirectory, Duration retryDelay, Consumer<String> console) {
        // In start order; closed in reverse, so the processor stops before the notifier it publishes to.
        var parts = new ArrayList<AutoCloseable>();
        try {
            String deadLetterQueueArn = aws.sqs().getQueueAttributes(request -> request.queueUrl(resources.deadLetterQueueUrl())
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            var redrive = new RedriveCommand(deadLetterQueueArn, aws.endpoint(AwsService.SQS), aws.region().id());
            EmailOutbox outbox = EmailOutbox.start(aws.endpoint(AwsService.SES), outboxDirectory, console);
            parts.add(outbox);
            parts.add(DeadLetterQueueWatch.start(aws.sqs(), resources.deadLetterQueueUrl(), redrive, console));
            parts.add(TopicSubscriber.start(aws.sns(), resources.notificationsTopicArn(),
                    JsonResource.read(NOTIFIER_FILTER_POLICY).toString(),
                    new EventFunction<SNSEvent, Object>(NOTIFY_FUNCTION, NOTIFY_TIMEOUT, functions.notifier())));
            parts.add(QueuePoller.start(aws.sqs(), resources.processingQueueUrl(),
                    new EventFunction<SQSEvent, SQSBatchResponse>(PROCESS_FUNCTION, PROCESS_TIMEOUT, functions.processor()),
                    retryDelay));
            parts.add(StreamToQueueForwarder.start(aws.dynamoDbStreams(), resources.ordersStreamArn(), aws.sqs(),
                    resources.processingQueueUrl(), PipeDefinition.newOrders()));
            return new ProcessingPipeline(List.copyOf(parts), outbox, redrive);
        } catch (RuntimeException failure) {
            closeAll(parts.reversed(), failure);
            throw failure;
        }
    }

    public EmailOutbox outbox() {
        return outbox;
    }

    public RedriveCommand redrive() {
        return redrive;
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
