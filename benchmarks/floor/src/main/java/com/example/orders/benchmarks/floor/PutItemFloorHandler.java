package com.example.orders.benchmarks.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The floor the benchmarks hold each function to: its constructor builds a DynamoDB client the way
 * the functions do (url-connection HTTP client, region and credentials from the environment, no
 * provider chain), and each invocation writes one item to the Orders table and answers 201.
 * Nothing else: no logging framework, no JSON binding, no validation. Whatever a function pays
 * beyond this is its own.
 */
public final class PutItemFloorHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public PutItemFloorHandler() {
        this(System.getenv(), EnvironmentVariableCredentialsProvider.create());
    }

    /** Built from {@code environment} alone, credentials included: for warm invocations in a JVM of other functions. */
    public PutItemFloorHandler(Map<String, String> environment) {
        this(environment, StaticCredentialsProvider.create(AwsBasicCredentials.create(
                environment.get("AWS_ACCESS_KEY_ID"), environment.get("AWS_SECRET_ACCESS_KEY"))));
    }

    private PutItemFloorHandler(Map<String, String> environment, AwsCredentialsProvider credentials) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(environment.get("AWS_REGION")))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create());
        String endpoint = environment.getOrDefault("AWS_ENDPOINT_URL_DYNAMODB", environment.get("AWS_ENDPOINT_URL"));
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.dynamoDb = builder.build();
        this.table = environment.get("ORDERS_TABLE");
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        String orderId = UUID.randomUUID().toString();
        dynamoDb.putItem(put -> put.tableName(table).item(Map.of(
                "orderId", AttributeValue.fromS(orderId),
                "createdAt", AttributeValue.fromS(Instant.now().toString()),
                "status", AttributeValue.fromS("FLOOR"))));
        return new APIGatewayProxyResponseEvent().withStatusCode(201).withBody("{\"orderId\":\"" + orderId + "\"}");
    }
}
