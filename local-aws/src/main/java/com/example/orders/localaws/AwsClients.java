package com.example.orders.localaws;

import java.net.URI;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SDK clients of one backend, all on the url-connection HTTP client the functions ship with. */
public record AwsClients(
        DynamoDbClient dynamoDb,
        DynamoDbStreamsClient dynamoDbStreams,
        SqsClient sqs,
        SnsClient sns,
        SesV2Client sesV2,
        SesClient ses,
        SecretsManagerClient secretsManager)
        implements AutoCloseable {

    static AwsClients connect(
            Function<AwsService, URI> endpoints, Region region, AwsCredentialsProvider credentials) {
        return new AwsClients(
                configure(DynamoDbClient.builder(), endpoints.apply(AwsService.DYNAMODB), region, credentials)
                        .build(),
                configure(
                                DynamoDbStreamsClient.builder(),
                                endpoints.apply(AwsService.DYNAMODB_STREAMS),
                                region,
                                credentials)
                        .build(),
                configure(SqsClient.builder(), endpoints.apply(AwsService.SQS), region, credentials)
                        .build(),
                configure(SnsClient.builder(), endpoints.apply(AwsService.SNS), region, credentials)
                        .build(),
                configure(SesV2Client.builder(), endpoints.apply(AwsService.SES), region, credentials)
                        .build(),
                configure(SesClient.builder(), endpoints.apply(AwsService.SES), region, credentials)
                        .build(),
                configure(SecretsManagerClient.builder(), endpoints.apply(AwsService.SECRETS_MANAGER), region, credentials)
                        .build());
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, URI endpoint, Region region, AwsCredentialsProvider credentials) {
        return builder.endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    @Override
    public void close() {
        dynamoDb.close();
        dynamoDbStreams.close();
        sqs.close();
        sns.close();
        sesV2.close();
        ses.close();
        secretsManager.close();
    }
}
