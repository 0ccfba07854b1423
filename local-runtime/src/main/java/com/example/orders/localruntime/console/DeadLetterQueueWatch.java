package com.example.orders.localruntime.console;

import com.example.orders.localruntime.events.BackgroundLoop;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Keeps a queue of dead letters in sight, as the depth alarms do in AWS: prints its depth
 * whenever it changes while it is, or was, non-zero, with what to do about it.
 */
public final class DeadLetterQueueWatch implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final SqsClient sqs;
    private final String queueUrl;
    private final String label;
    private final String remedy;
    private final Consumer<String> console;
    private long depth;
    private final BackgroundLoop loop;

    private DeadLetterQueueWatch(SqsClient sqs, String label, String queueUrl, String remedy, Consumer<String> console) {
        this.sqs = sqs;
        this.label = label;
        this.queueUrl = queueUrl;
        this.remedy = remedy;
        this.console = console;
        this.loop = BackgroundLoop.start("watch " + label, POLL_INTERVAL, this::check);
    }

    /** Watches the queue at {@code queueUrl}, called {@code label} on the console, whose messages {@code remedy} deals with. */
    public static DeadLetterQueueWatch start(SqsClient sqs, String label, String queueUrl, String remedy, Consumer<String> console) {
        return new DeadLetterQueueWatch(sqs, label, queueUrl, remedy, console);
    }

    private boolean check() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        long current = Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"))
                + Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"));
        if (current != depth) {
            console.accept(current == 0
                    ? label + " is empty again"
                    : "%s holds %d message(s); %s".formatted(label, current, remedy));
            depth = current;
        }
        return false;
    }

    @Override
    public void close() {
        loop.close();
    }
}
