package com.example.orders.localaws;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records what is published to a topic, for real: moto's SNS delivers to moto's own SQS, so a
 * queue there is subscribed with raw delivery and read.
 */
public final class TopicRecorder implements AutoCloseable {

    private final SqsClient sqs;
    private final String queueUrl;
    private final List<String> messages = new ArrayList<>();

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
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()
                    .forEach(message -> messages.add(message.body()));
        }
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        sqs.close();
    }
}
