package com.example.orders.localaws;

import com.example.orders.definitions.ResourceDefinitions;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * AWS on one machine: emulator endpoints, SDK clients configured for them, and the platform's
 * resources provisioned per namespace. Closing it stops whatever it started.
 */
public interface LocalAws extends AutoCloseable {

    /** The one region everything local runs in. */
    Region REGION = Region.US_EAST_1;

    /** The account in every ARN and queue URL, on every backend (LocalStack's default). */
    String ACCOUNT_ID = "000000000000";

    String ENV_REGION = "AWS_REGION";
    String ENV_ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    String ENV_SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";

    /** Starts the backend chosen by {@value LocalAwsBackend#SETTING} (embedded by default). */
    static LocalAws start() {
        return LocalAwsBackend.configured().start();
    }

    default Region region() {
        return REGION;
    }

    /** Dummy credentials: the emulators accept any, and real ones must never reach them. */
    default AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    URI endpoint(AwsService service);

    /**
     * Completes, with what happened, when an emulator that runs as a child process ends while
     * this backend is open: everything that emulator served fails from then on, and whoever runs
     * the platform must hear of it. Never completes for a backend without child processes, nor
     * because of {@link #close()}.
     */
    default CompletableFuture<String> emulatorExit() {
        return new CompletableFuture<>();
    }

    /**
     * Every email this backend's SES accepted so far, oldest first. Read from the emulator's model
     * data unless the backend keeps its own copy.
     */
    default List<SentEmail> sentEmails() {
        return MotoSentEmails.read(endpoint(AwsService.SES));
    }

    /** The SDK clients, configured for this backend; the accessors below are shortcuts. */
    AwsClients clients();

    default DynamoDbClient dynamoDb() {
        return clients().dynamoDb();
    }

    default DynamoDbStreamsClient dynamoDbStreams() {
        return clients().dynamoDbStreams();
    }

    default SqsClient sqs() {
        return clients().sqs();
    }

    /** How many messages the queue at {@code queueUrl} holds, visible or in flight. */
    default long queueDepth(String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs().getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"))
                + Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"));
    }

    default SnsClient sns() {
        return clients().sns();
    }

    default SesV2Client sesV2() {
        return clients().sesV2();
    }

    default SesClient ses() {
        return clients().ses();
    }

    /** What a separate function process needs to reach these emulators with its AWS SDK. */
    default Map<String, String> environment() {
        AwsCredentials credentials = credentials().resolveCredentials();
        var environment = new LinkedHashMap<String, String>();
        environment.put(ENV_REGION, region().id());
        environment.put(ENV_ACCESS_KEY_ID, credentials.accessKeyId());
        environment.put(ENV_SECRET_ACCESS_KEY, credentials.secretAccessKey());
        for (AwsService service : AwsService.values()) {
            for (String variable : service.endpointVariables()) {
                environment.put(variable, endpoint(service).toString());
            }
        }
        return Collections.unmodifiableMap(environment);
    }

    /**
     * Creates every table, queue and topic of {@link ResourceDefinitions} named
     * {@code <namespace>-<logicalName>} (plain logical names for the empty namespace), and waits
     * until the tables are active. Resources that already exist are reused.
     */
    default PlatformResources provision(String namespace) {
        return new Provisioner(this).provision(namespace);
    }

    /** Deletes every resource of the namespace that exists. */
    default void deprovision(PlatformResources resources) {
        new Provisioner(this).deprovision(resources.namespace());
    }

    @Override
    void close();
}
