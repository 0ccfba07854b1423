package com.example.orders.localaws;

import com.example.orders.definitions.ResourceEnvironment;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Stands in for a function process: builds SDK clients the way a handler does, with no endpoint,
 * region or credentials in code, and prints what it reaches through its environment alone.
 */
public final class EnvironmentProbe {

    private EnvironmentProbe() {}

    public static void main(String[] args) {
        String ordersTable = System.getenv(ResourceEnvironment.ORDERS_TABLE);
        try (var dynamoDb = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                var streams = DynamoDbStreamsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                var sqs = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                var sns = SnsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                var ses = SesClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                var sesV2 = SesV2Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            System.out.println("DYNAMODB " + dynamoDb.describeTable(request -> request.tableName(ordersTable))
                    .table()
                    .tableName());
            System.out.println("DYNAMODB_STREAMS " + streams.listStreams(request -> request.tableName(ordersTable))
                    .streams()
                    .getFirst()
                    .streamArn());
            String queueUrl = System.getenv(ResourceEnvironment.PROCESSING_QUEUE_URL);
            sqs.getQueueAttributes(request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN));
            System.out.println("SQS " + queueUrl);
            System.out.println("SNS " + sns.getTopicAttributes(request ->
                            request.topicArn(System.getenv(ResourceEnvironment.NOTIFICATIONS_TOPIC_ARN)))
                    .attributes()
                    .get("TopicArn"));
            ses.getSendQuota();
            System.out.println("SES reachable");
            sesV2.listEmailIdentities(request -> {});
            System.out.println("SESV2 reachable");
        }
    }
}
