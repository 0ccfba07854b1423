package com.example.orders.localruntime;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the dead-letter queue in sight, as the DLQ-depth alarm does in AWS: prints its depth
 * whenever it changes while it is, or was, non-zero, with the command that redrives it.
 */
public final class DeadLetterQueueWatch implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final SqsClient sqs;
    private final String queueUrl;
    private final RedriveCommand redrive;
    private final Consumer<String> console;
    private long depth;
    private final BackgroundLoop loop;

    private DeadLetterQueueWatch(SqsClient sqs, String queueUrl, RedriveCommand redrive, Consumer<String> console) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.redrive = redrive;
        this.console = console;
        this.loop = BackgroundLoop.start("dead-letter-queue-watch", POLL_INTERVAL, this::check);
    }

    public static DeadLetterQueueWatch start(SqsClient sqs, String queueUrl, RedriveCommand redrive, Consumer<String> console) {
        return new DeadLetterQueueWatch(sqs, queueUrl, redrive, console);
    }

    private boolean check() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        long current = Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"))
                + Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"));
        if (current != depth) {
            console.accept(current == 0
                    ? "Dead-letter queue is empty again"
                    : "Dead-letter queue holds %d message(s); redrive them with: %s".formatted(current, redrive.text()));
            depth = current;
        }
        return false;
    }

    @Override
    public void close() {
        loop.close();
    }
}
