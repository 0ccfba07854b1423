package com.example.orders.core.adapter.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds every AWS client the functions use, the same way: the url-connection HTTP client
 * (the lightest to start), region and credentials taken explicitly from the environment (no
 * provider-chain probing on cold start), and {@code AWS_ENDPOINT_URL_<SERVICE>} /
 * {@code AWS_ENDPOINT_URL} honoured so the same code talks to the local emulators.
 *
 * <p>Clients are created once and reused: a function builds its factory once, in its handler's
 * constructor (so once per container), and each client method returns the same client on
 * every call.
 */
public final class AwsClientFactory {

    /**
     * Appended to every request's User-Agent: CloudTrail then tells the platform's calls from
     * others', and the integration tests record the functions' own calls by it.
     */
    public static final String USER_AGENT_APP = "app/orders-platform";

    private final Map<String, String> environment;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient httpClient;
    private final Optional<XRaySubsegments> tracing;
    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    public AwsClientFactory(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.region = regionFrom(environment);
        this.credentials = credentialsFrom(environment);
        this.httpClient = UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10))
                .build();
        this.tracing = XRaySubsegments.forDaemon(environment.get("AWS_XRAY_DAEMON_ADDRESS"));
    }

    public Region region() {
        return region;
    }

    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    public DynamoDbClient dynamoDb() {
        return client("DYNAMODB", DynamoDbClient::builder);
    }

    /**
     * The client of any service, built once. {@code serviceId} is the service's name in
     * {@code AWS_ENDPOINT_URL_<SERVICE>}, such as {@code SQS}, {@code SNS} or {@code SES}.
     */
    @SuppressWarnings("unchecked")
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
            String serviceId, Supplier<B> builder) {
        return (C) clients.computeIfAbsent(serviceId, id -> configure(builder.get(), id).build());
    }

    /** A builder configured like every client of this factory, for callers that add more. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder, String serviceId) {
        builder.region(region).credentialsProvider(credentials).httpClient(httpClient);
        builder.overrideConfiguration(o -> {
            o.putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, USER_AGENT_APP);
            tracing.ifPresent(o::addExecutionInterceptor);
        });
        endpointOverride(serviceId).ifPresent(builder::endpointOverride);
        return builder;
    }

    Optional<URI> endpointOverride(String serviceId) {
        String specific = environment.get("AWS_ENDPOINT_URL_" + serviceId.toUpperCase(Locale.ROOT));
        String general = environment.get("AWS_ENDPOINT_URL");
        String endpoint = specific != null && !specific.isBlank() ? specific : general;
        return endpoint == null || endpoint.isBlank() ? Optional.empty()
                : Optional.of(URI.create(endpoint));
    }

    private static Region regionFrom(Map<String, String> environment) {
        String region = environment.getOrDefault("AWS_REGION", environment.get("AWS_DEFAULT_REGION"));
        if (region == null || region.isBlank()) {
            throw new IllegalStateException("Set AWS_REGION (Lambda sets it; locally use the region of your emulators)");
        }
        return Region.of(region);
    }

    /**
     * Lambda puts the execution role's credentials in the environment; reading them directly
     * skips the default chain's probing of files and metadata endpoints. Without them (a
     * developer's shell) the default chain applies.
     */
    private static AwsCredentialsProvider credentialsFrom(Map<String, String> environment) {
        String accessKey = environment.get("AWS_ACCESS_KEY_ID");
        String secretKey = environment.get("AWS_SECRET_ACCESS_KEY");
        if (accessKey == null || secretKey == null) {
            return DefaultCredentialsProvider.builder().build();
        }
        String sessionToken = environment.get("AWS_SESSION_TOKEN");
        return StaticCredentialsProvider.create(sessionToken == null
                ? AwsBasicCredentials.create(accessKey, secretKey)
                : AwsSessionCredentials.create(accessKey, secretKey, Objects.requireNonNull(sessionToken)));
    }
}
