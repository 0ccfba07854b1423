package com.example.orders.order.process;

import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.http.ApiJson;
import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.LocalAws;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Listens to the notifications topic for real: moto's SNS delivers to moto's own SQS, so a
 * queue there is subscribed (raw delivery) and read.
 */
final class TopicSubscriber implements AutoCloseable {

    private final SqsClient sqs;
    private final String queueUrl;
    private final List<OrderStatusChanged> received = new ArrayList<>();

    TopicSubscriber(LocalAws aws, String topicArn) {
        this.sqs = SqsClient.builder()
                .endpointOverride(aws.endpoint(AwsService.SNS))
                .region(aws.region())
                .credentialsProvider(aws.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        this.queueUrl = sqs.createQueue(r -> r.queueName("events-" + UUID.randomUUID())).queueUrl();
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        aws.sns().subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(queueArn)
                .attributes(Map.of("RawMessageDelivery", "true")));
    }

    /** Every event received so far, waiting until at least {@code count} arrived. */
    List<OrderStatusChanged> events(int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages()
                    .forEach(message -> received.add(ApiJson.read(message.body(), OrderStatusChanged.class)));
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        sqs.close();
    }
}
