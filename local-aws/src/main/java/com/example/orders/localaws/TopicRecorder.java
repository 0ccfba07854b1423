package com.example.orders.localaws;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Records what is published to a topic, for real: moto's SNS delivers to moto's own SQS, so a
 * queue there is subscribed with raw delivery and read.
 */
public final class TopicRecorder implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final SqsClient sqs;
    private final String queueUrl;
    private final List<PublishedMessage> messages = new ArrayList<>();

    public TopicRecorder(LocalAws aws, String topicArn) {
        this.sqs = SqsClient.builder()
                .endpointOverride(aws.endpoint(AwsService.SNS))
                .region(aws.region())
                .credentialsProvider(aws.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        this.queueUrl = sqs.createQueue(r -> r.queueName("recorder-" + UUID.randomUUID())).queueUrl();
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        aws.sns().subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(queueArn)
                .attributes(Map.of("RawMessageDelivery", "true")));
    }

    /** Every message body published so far, waiting up to 10 s until at least {@code count} arrived. */
    public List<String> messages(int count) {
        return published(count).stream().map(PublishedMessage::body).toList();
    }

    /**
     * Every message published so far, with its message attributes, waiting up to 10 s until at
     * least {@code count} arrived.
     */
    public List<PublishedMessage> published(int count) {
        Instant deadline = Instant.now().plus(WAIT);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            receive();
        }
        return List.copyOf(messages);
    }

    /** The latest message that {@code matches}, waiting up to 10 s for it to arrive. */
    public PublishedMessage latest(String what, Predicate<PublishedMessage> matches) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            Optional<PublishedMessage> found = messages.reversed().stream().filter(matches).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No message " + what + " was published within " + WAIT);
            }
            receive();
        }
    }

    /** One long poll: whatever arrives within a second. */
    private void receive() {
        sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                        .messageAttributeNames("All"))
                .messages()
                .forEach(message -> {
                    Map<String, String> attributes = new TreeMap<>();
                    message.messageAttributes().forEach((name, value) -> attributes.put(name, value.stringValue()));
                    messages.add(new PublishedMessage(message.body(), attributes));
                });
    }

    @Override
    public void close() {
        sqs.close();
    }
}
