package com.example.orders.localruntime.events;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.localruntime.lambda.LocalEventFunction;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The Lambda event source mapping from a queue to a function, run locally: long-polls batches
 * of up to {@value #BATCH_SIZE} (the deployed batch size), hands each to the function as an
 * {@link SQSEvent}, and deletes the messages the function did not report in
 * {@code batchItemFailures} (ReportBatchItemFailures). A function that throws fails the whole
 * batch, and nothing is deleted. As Lambda's pollers do, it runs as many polls at once as the
 * function has execution environments, so batches are processed concurrently and two
 * deliveries of one message may meet.
 *
 * <p>The one deliberate difference from AWS: a failed message is made visible again after
 * {@code retryDelay} (default 2 s) instead of the queue's 180 s visibility timeout, so a retry,
 * and after the third receive the move to the dead-letter queue, shows within seconds.
 */
public final class QueuePoller implements AutoCloseable {

    public static final int BATCH_SIZE = 10;
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(2);
    /** Short long polls, so closing never waits long for a receive to return. */
    private static final int WAIT_SECONDS = 1;
    private static final Duration ERROR_PAUSE = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(QueuePoller.class.getName());

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final LocalEventFunction<SQSEvent, SQSBatchResponse> function;
    private final Duration retryDelay;
    private final List<BackgroundLoop> loops;

    private QueuePoller(SqsClient sqs, String queueUrl, LocalEventFunction<SQSEvent, SQSBatchResponse> function, Duration retryDelay) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        this.function = function;
        this.retryDelay = retryDelay;
        this.loops = IntStream.range(0, function.concurrency())
                .mapToObj(poller -> BackgroundLoop.start("queue-poller-" + function.name() + "-" + poller, ERROR_PAUSE,
                        this::pollOnce))
                .toList();
    }

    public static QueuePoller start(SqsClient sqs, String queueUrl, LocalEventFunction<SQSEvent, SQSBatchResponse> function,
            Duration retryDelay) {
        return new QueuePoller(sqs, queueUrl, function, retryDelay);
    }

    /** One long poll and, when it brings messages, one invocation. Answers true so the loop polls again at once. */
    private boolean pollOnce() {
        List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                .maxNumberOfMessages(BATCH_SIZE)
                .waitTimeSeconds(WAIT_SECONDS)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        if (!messages.isEmpty()) {
            deliver(messages);
        }
        return true;
    }

    private void deliver(List<Message> messages) {
        Set<String> failed = new HashSet<>();
        try {
            SQSBatchResponse response = function.invoke(event(messages));
            if (response != null && response.getBatchItemFailures() != null) {
                response.getBatchItemFailures().forEach(failure -> failed.add(failure.getItemIdentifier()));
            }
        } catch (RuntimeException handlerFailure) {
            LOG.log(System.Logger.Level.WARNING, function.name() + " failed its whole batch of " + messages.size()
                    + ": " + handlerFailure, handlerFailure);
            messages.forEach(message -> failed.add(message.messageId()));
        }
        List<Message> succeeded = messages.stream().filter(message -> !failed.contains(message.messageId())).toList();
        List<Message> retried = messages.stream().filter(message -> failed.contains(message.messageId())).toList();
        if (!succeeded.isEmpty()) {
            sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(succeeded.stream()
                    .map(message -> DeleteMessageBatchRequestEntry.builder()
                            .id(message.messageId()).receiptHandle(message.receiptHandle()).build())
                    .toList()));
        }
        if (!retried.isEmpty()) {
            sqs.changeMessageVisibilityBatch(request -> request.queueUrl(queueUrl).entries(retried.stream()
                    .map(message -> ChangeMessageVisibilityBatchRequestEntry.builder()
                            .id(message.messageId()).receiptHandle(message.receiptHandle())
                            .visibilityTimeout((int) retryDelay.toSeconds()).build())
                    .toList()));
        }
    }

    private SQSEvent event(List<Message> messages) {
        var event = new SQSEvent();
        event.setRecords(messages.stream().map(this::record).toList());
        return event;
    }

    private SQSEvent.SQSMessage record(Message message) {
        var record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setMd5OfBody(message.md5OfBody());
        record.setMd5OfMessageAttributes(message.md5OfMessageAttributes());
        var attributes = new LinkedHashMap<String, String>();
        message.attributesAsStrings().forEach(attributes::put);
        record.setAttributes(attributes);
        var messageAttributes = new LinkedHashMap<String, SQSEvent.MessageAttribute>();
        message.messageAttributes().forEach((name, value) -> messageAttributes.put(name, attribute(value)));
        record.setMessageAttributes(messageAttributes);
        record.setEventSource("aws:sqs");
        record.setEventSourceArn(queueArn);
        record.setAwsRegion(queueArn.split(":")[3]);
        return record;
    }

    private static SQSEvent.MessageAttribute attribute(MessageAttributeValue value) {
        var attribute = new SQSEvent.MessageAttribute();
        attribute.setDataType(value.dataType());
        attribute.setStringValue(value.stringValue());
        if (value.binaryValue() != null) {
            attribute.setBinaryValue(value.binaryValue().asByteBuffer());
        }
        attribute.setStringListValues(value.stringListValues());
        attribute.setBinaryListValues(value.binaryListValues().stream().map(bytes -> bytes.asByteBuffer()).toList());
        return attribute;
    }

    @Override
    public void close() {
        loops.forEach(BackgroundLoop::close);
    }
}
