package com.example.orders.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StopBeforeSendingTest {

    /** Counts the requests that got as far as being signed, and would have been sent. */
    private static final class Signed implements ExecutionInterceptor {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void afterMarshalling(Context.AfterMarshalling context, ExecutionAttributes attributes) {
            count.incrementAndGet();
        }
    }

    /** A client for an endpoint where nothing listens: a request that were sent would fail to connect. */
    private static DynamoDbClient client(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(override -> {
                    for (ExecutionInterceptor interceptor : interceptors) {
                        override.addExecutionInterceptor(interceptor);
                    }
                })
                .build();
    }

    @Test
    void aPrimedCallIsMarshalledButNeverSent() {
        var signed = new Signed();
        try (DynamoDbClient dynamoDb = client(signed, new StopBeforeSending())) {
            StopBeforeSending.prime("a delete", () -> dynamoDb.deleteItem(request -> request.tableName("orders")
                    .key(Map.of("orderId", AttributeValue.fromS("o-1")))));
        }
        assertThat(signed.count).hasValue(1);
    }

    @Test
    void aClientWithoutTheInterceptorFailsThePriming() {
        try (DynamoDbClient dynamoDb = client()) {
            assertThatThrownBy(() -> StopBeforeSending.prime("a delete", () -> dynamoDb.deleteItem(request -> request
                    .tableName("orders"))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("was not stopped before sending");
        }
    }
}
