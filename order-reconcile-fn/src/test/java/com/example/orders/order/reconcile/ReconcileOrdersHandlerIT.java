package com.example.orders.order.reconcile;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.events.EventSchema;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.lambda.StandaloneContext;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.StoredItems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reconciler on DynamoDB Local and ElasticMQ, as the schedule runs it. */
@LocalAwsTest
class ReconcileOrdersHandlerIT {

    private LocalAws aws;
    private PlatformResources resources;
    private DynamoDbOrderRepository orders;
    private ReconcileOrdersHandler handler;

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        var environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        handler = new ReconcileOrdersHandler(environment);
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
    }

    private Order stored(OrderStatus status, Duration unchangedFor) {
        Order order = anOrder().withStatus(status).createdAt(Instant.now().minus(unchangedFor))
                .withCorrelationId("corr-reconcile").build();
        orders.create(order);
        return order;
    }

    private Map<String, Integer> run() {
        return handler.handleRequest(Map.of(), StandaloneContext.priming(ReconcileSettings.DEFAULT_SERVICE));
    }

    private List<String> queuedBodies() {
        var bodies = new ArrayList<String>();
        List<String> received;
        do {
            received = aws.sqs().receiveMessage(request -> request.queueUrl(resources.processingQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages().stream().map(m -> m.body()).toList();
            bodies.addAll(received);
        } while (!received.isEmpty());
        return bodies;
    }

    @Test
    void anOrderLeftPendingIsQueuedAgain() {
        Order lost = stored(OrderStatus.PENDING, Duration.ofMinutes(20));

        run();

        assertThat(queuedBodies()).extracting(body -> ApiJson.read(body, ProcessingMessage.class).orderId())
                .contains(lost.orderId());
    }

    @Test
    void theMessageQueuedIsAProcessingMessageByItsSchema() {
        stored(OrderStatus.PROCESSING, Duration.ofMinutes(20));

        run();

        assertThat(queuedBodies()).isNotEmpty().allSatisfy(EventSchema.named(EventSchema.PROCESSING_MESSAGE)::assertDescribes);
    }

    @Test
    void theMessageCarriesTheOrdersCorrelationId() {
        Order lost = stored(OrderStatus.PENDING, Duration.ofMinutes(20));

        run();

        assertThat(queuedBodies()).extracting(body -> ApiJson.read(body, ProcessingMessage.class))
                .filteredOn(message -> message.orderId().equals(lost.orderId()))
                .extracting(ProcessingMessage::correlationId).containsExactly("corr-reconcile");
    }

    @Test
    void aRecentOrderIsNotQueued() {
        Order recent = stored(OrderStatus.PENDING, Duration.ofMinutes(1));

        run();

        assertThat(queuedBodies()).extracting(body -> ApiJson.read(body, ProcessingMessage.class).orderId())
                .doesNotContain(recent.orderId());
    }

    @Test
    void theRunReportsTheOrdersStuckPastTheAlarmAge() {
        stored(OrderStatus.PENDING, Duration.ofHours(2));

        assertThat(run()).containsEntry("stuck", 1);
    }

    @Test
    void primingForSnapStartQueuesNothingAndWritesNothing() {
        stored(OrderStatus.PENDING, Duration.ofMinutes(20));
        StoredItems before = StoredItems.of(aws, resources);

        handler.prime();

        assertThat(StoredItems.of(aws, resources)).isEqualTo(before);
        assertThat(queuedBodies()).isEmpty();
    }
}
