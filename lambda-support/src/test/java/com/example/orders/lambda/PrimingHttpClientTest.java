package com.example.orders.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

class PrimingHttpClientTest {

    /** For an endpoint where nothing listens: a request that went out would fail to connect. */
    private static DynamoDbClientBuilder nowhere() {
        return DynamoDbClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

    @Test
    void aPrimedCallIsAnsweredWithoutGoingOut() {
        var priming = PrimingHttpClient.answering("{}");
        try (DynamoDbClient dynamoDb = priming.client(nowhere())) {
            priming.prime("a delete", () -> dynamoDb.deleteItem(request -> request.tableName("orders")
                    .key(Map.of("orderId", AttributeValue.fromS("o-1")))));
        }
        assertThat(priming.answered()).isEqualTo(1);
    }

    @Test
    void anOperationGetsTheAnswerGivenForIt() {
        var priming = PrimingHttpClient.answering("{}").answering("Query", """
                {"Count":1,"Items":[{"orderId":{"S":"o-1"}}]}""");
        QueryResponse page;
        try (DynamoDbClient dynamoDb = priming.client(nowhere())) {
            page = dynamoDb.query(request -> request.tableName("orders"));
        }
        assertThat(page.items()).containsExactly(Map.of("orderId", AttributeValue.fromS("o-1")));
    }

    @Test
    void aCallThatNeverReachesThePrimingClientFailsThePriming() {
        var priming = PrimingHttpClient.answering("{}");
        assertThatThrownBy(() -> priming.prime("a send on another client", () -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never reached the priming client");
    }
}
