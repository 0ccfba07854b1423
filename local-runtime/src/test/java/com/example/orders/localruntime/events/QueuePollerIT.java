package com.example.orders.localruntime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.lambda.LocalEventFunction;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The local event source mapping on ElasticMQ: batches in, deletes and retries out. */
class QueuePollerIT {

    private static final Duration NO_DELAY = Duration.ZERO;
    private static final AtomicInteger NAMESPACES = new AtomicInteger();
    private static EmbeddedLocalAws aws;

    @BeforeAll
    static void start() {
        aws = EmbeddedLocalAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static PlatformResources freshQueues() {
        return aws.provision("poller-" + NAMESPACES.incrementAndGet());
    }

    private static void send(PlatformResources resources, String body) {
        aws.sqs().sendMessage(request -> request.queueUrl(resources.processingQueueUrl()).messageBody(body));
    }

    private static int depth(String queueUrl) {
        return (int) aws.queueDepth(queueUrl);
    }

    private static QueuePoller poll(PlatformResources resources, com.amazonaws.services.lambda.runtime.RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        return QueuePoller.start(aws.sqs(), resources.processingQueueUrl(),
                new LocalEventFunction<>("test-processor", Duration.ofSeconds(30), handler), NO_DELAY);
    }

    @Test
    void theFunctionGetsAnSqsEventAsLambdaBuildsIt() {
        PlatformResources resources = freshQueues();
        var function = new RecordingQueueFunction(Set.of());
        String queueArn = aws.sqs().getQueueAttributes(request -> request.queueUrl(resources.processingQueueUrl())
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        send(resources, "hello");

        try (var poller = poll(resources, function)) {
            Eventually.get("a delivery", Duration.ofSeconds(10), function::records, records -> !records.isEmpty());
        }

        SQSEvent.SQSMessage record = function.records().getFirst();
        assertThat(record.getBody()).isEqualTo("hello");
        assertThat(record.getEventSource()).isEqualTo("aws:sqs");
        assertThat(record.getEventSourceArn()).isEqualTo(queueArn);
        assertThat(record.getAwsRegion()).isEqualTo("us-east-1");
        assertThat(record.getAttributes()).containsEntry("ApproximateReceiveCount", "1");
    }

    @Test
    void onlyTheMessagesNotReportedAsFailuresAreDeleted() {
        PlatformResources resources = freshQueues();
        var function = new RecordingQueueFunction(Set.of("fails"));
        send(resources, "succeeds");
        send(resources, "fails");

        try (var poller = poll(resources, function)) {
            Eventually.get("a retry of the failed message", Duration.ofSeconds(10),
                    () -> function.deliveriesOf("fails"), deliveries -> deliveries >= 2);
        }

        assertThat(function.deliveriesOf("succeeds")).isEqualTo(1);
    }

    @Test
    void aFunctionThatThrowsFailsTheWholeBatch() {
        PlatformResources resources = freshQueues();
        var calls = new AtomicInteger();
        var function = new RecordingQueueFunction(Set.of());
        send(resources, "first");

        try (var poller = poll(resources, (event, context) -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalStateException("the first batch fails");
            }
            return function.handleRequest(event, context);
        })) {
            Eventually.get("a redelivery", Duration.ofSeconds(10), function::records, records -> !records.isEmpty());
        }

        assertThat(function.records().getFirst().getAttributes()).containsEntry("ApproximateReceiveCount", "2");
    }

    @Test
    void aMessageFailedThreeTimesLandsInTheDeadLetterQueue() {
        PlatformResources resources = freshQueues();
        var function = new RecordingQueueFunction(Set.of("doomed"));
        send(resources, "doomed");

        try (var poller = poll(resources, function)) {
            Eventually.get("the message in the dead-letter queue", Duration.ofSeconds(20),
                    () -> depth(resources.deadLetterQueueUrl()), depth -> depth == 1);
        }

        assertThat(function.deliveriesOf("doomed")).isEqualTo(3);
    }

    /** As Lambda's pollers do: batches go to as many environments at once as the function may run. */
    @Test
    void batchesAreHandledConcurrentlyUpToTheFunctionsConcurrency() {
        PlatformResources resources = freshQueues();
        for (int i = 0; i < 30; i++) {
            send(resources, "message-" + i);
        }
        var running = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var handled = new AtomicInteger();
        // Each batch waits (up to a deadline) for a second one to be running beside it.
        var twoRunning = new CountDownLatch(2);
        com.amazonaws.services.lambda.runtime.RequestHandler<SQSEvent, SQSBatchResponse> slow = (event, context) -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            twoRunning.countDown();
            try {
                twoRunning.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            handled.addAndGet(event.getRecords().size());
            return new SQSBatchResponse(List.of());
        };

        try (var poller = QueuePoller.start(aws.sqs(), resources.processingQueueUrl(),
                new LocalEventFunction<SQSEvent, SQSBatchResponse>("test-processor", Duration.ofSeconds(30), () -> slow, 3),
                NO_DELAY)) {
            Eventually.get("every message handled", Duration.ofSeconds(20), handled::get, count -> count >= 30);
        }

        assertThat(mostAtOnce.get()).isGreaterThan(1).isLessThanOrEqualTo(3);
    }
}
