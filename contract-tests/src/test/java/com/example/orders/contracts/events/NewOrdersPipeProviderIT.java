package com.example.orders.contracts.events;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.order.Order;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.events.PipeCheckpoints;
import com.example.orders.localruntime.events.PipeDefinition;
import com.example.orders.localruntime.events.PipeTarget;
import com.example.orders.localruntime.events.StreamPipe;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The processing message is what the processor's pact expects: an order is stored on DynamoDB
 * Local, its INSERT travels the table's stream through the pipe's filter and input template (the
 * very files the CloudFormation pipe uses), and the message verified is the one that arrives on
 * order-processing-queue.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Provider(ProcessorMessagesPactTest.PROVIDER)
@PactFolder("target/pacts")
class NewOrdersPipeProviderIT {

    private DynamoDbOrderRepository orders;
    private SqsClient sqs;
    private String queueUrl;
    private StreamPipe pipe;
    private Order created;

    @BeforeAll
    void runThePipe(LocalAws aws, PlatformResources resources) {
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        sqs = aws.sqs();
        queueUrl = resources.processingQueueUrl();
        pipe = StreamPipe.start(aws.dynamoDbStreams(), sqs,
                new StreamPipe.Route("new-orders", resources.ordersStreamArn(), PipeTarget.queue(sqs, queueUrl),
                        Optional.of(resources.pipeDeadLetterQueueUrl())),
                PipeDefinition.newOrders(), PipeCheckpoints.inMemory(resources.ordersStreamArn()), Duration.ofMillis(50));
    }

    @AfterAll
    void stopThePipe() {
        pipe.close();
    }

    @BeforeEach
    void verifyMessages(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void producesTheMessage(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("an order was created")
    void anOrderWasCreated() {
        created = anOrder().build();
        orders.create(created);
    }

    @PactVerifyProvider(ProcessorMessagesPactTest.NEW_ORDER)
    MessageAndMetadata theMessageOnTheProcessingQueue() {
        Optional<Message> message = Eventually.get("the order's message on the processing queue", Duration.ofSeconds(20),
                () -> sqs.receiveMessage(request -> request.queueUrl(queueUrl).waitTimeSeconds(1).maxNumberOfMessages(10))
                        .messages().stream()
                        .filter(candidate -> candidate.body().contains(created.orderId()))
                        .findFirst(),
                Optional::isPresent);
        return new MessageAndMetadata(message.orElseThrow().body().getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
