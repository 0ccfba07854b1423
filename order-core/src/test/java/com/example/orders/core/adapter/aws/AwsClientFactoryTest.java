package com.example.orders.core.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class AwsClientFactoryTest {

    private static final Map<String, String> LAMBDA_LIKE = Map.of(
            "AWS_REGION", "eu-west-1",
            "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
            "AWS_SECRET_ACCESS_KEY", "secret",
            "AWS_SESSION_TOKEN", "token");

    @Test
    void regionComesFromTheEnvironment() {
        assertThat(new AwsClientFactory(LAMBDA_LIKE).region()).isEqualTo(Region.EU_WEST_1);
    }

    @Test
    void missingRegionIsAClearError() {
        assertThatThrownBy(() -> new AwsClientFactory(Map.of())).hasMessageContaining("AWS_REGION");
    }

    @Test
    void sessionCredentialsComeFromTheEnvironment() {
        var credentials = new AwsClientFactory(LAMBDA_LIKE).credentials().resolveCredentials();
        assertThat(credentials.accessKeyId()).isEqualTo("AKIDEXAMPLE");
    }

    @Test
    void serviceSpecificEndpointWinsOverTheGeneralOne() {
        var factory = new AwsClientFactory(Map.of("AWS_REGION", "us-east-1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:1", "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:2"));
        assertThat(factory.endpointOverride("DYNAMODB")).contains(URI.create("http://127.0.0.1:2"));
    }

    @Test
    void generalEndpointAppliesToOtherServices() {
        var factory = new AwsClientFactory(Map.of("AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:1"));
        assertThat(factory.endpointOverride("SQS")).contains(URI.create("http://127.0.0.1:1"));
    }

    @Test
    void withoutOverridesTheRealEndpointIsUsed() {
        assertThat(new AwsClientFactory(LAMBDA_LIKE).endpointOverride("DYNAMODB")).isEmpty();
    }

    @Test
    void eachClientIsCreatedOnce() {
        var factory = new AwsClientFactory(LAMBDA_LIKE);
        assertThat(factory.dynamoDb()).isSameAs(factory.dynamoDb());
    }
}
