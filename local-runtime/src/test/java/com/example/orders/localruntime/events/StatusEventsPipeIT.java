package com.example.orders.localruntime.events;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.events.EventSchema;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.Transition;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.TopicRecorder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The status-events pipe on DynamoDB Local and moto, as the messaging stack deploys it: every
 * status change stored reaches the notifications topic as the OrderStatusChanged event, and
 * nothing else does.
 */
class StatusEventsPipeIT {

    private static EmbeddedLocalAws aws;
    private static PlatformResources resources;
    private static StreamPipe pipe;
    private static TopicRecorder topic;
    private static DynamoDbOrderRepository orders;

    @BeforeAll
    static void start() {
        aws = EmbeddedLocalAws.start();
        resources = aws.provision("status-events");
        topic = new TopicRecorder(aws, resources.notificationsTopicArn());
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        pipe = StreamPipe.start(aws.dynamoDbStreams(), aws.sqs(),
                new StreamPipe.Route("status-events", resources.ordersStreamArn(),
                        PipeTarget.topic(aws.sns(), resources.notificationsTopicArn()),
                        Optional.of(resources.statusEventsPipeDeadLetterQueueUrl())),
                PipeDefinition.statusEvents(), PipeCheckpoints.inMemory(resources.ordersStreamArn()), Duration.ofMillis(50));
    }

    @AfterAll
    static void stop() {
        pipe.close();
        topic.close();
        aws.close();
    }

    private static Order moved(Order order, OrderStatus from, OrderStatus to) {
        return ((Transition.Moved) orders.transition(order.orderId(), from, to)).order();
    }

    private static OrderStatusChanged announced(Order order, OrderStatus status) {
        String body = topic.latest(status + " of " + order.orderId(),
                message -> message.body().contains(order.orderId()) && message.body().contains("\"status\":\"" + status + "\""))
                .body();
        return ApiJson.read(body, OrderStatusChanged.class);
    }

    @Test
    void aStoredStatusChangeIsAnnouncedAsTheEventTheFunctionsWouldHavePublished() {
        Order order = anOrder().build();
        orders.create(order);
        Order processing = moved(order, OrderStatus.PENDING, OrderStatus.PROCESSING);

        OrderStatusChanged event = announced(order, OrderStatus.PROCESSING);

        OrderStatusChanged expected = OrderStatusChanged.of(processing, OrderStatus.PENDING);
        assertThat(event).usingRecursiveComparison().ignoringFields("reason", "occurredAt").isEqualTo(expected);
    }

    @Test
    void theAnnouncedEventIsWhatTheSchemaDescribes() {
        Order order = anOrder().build();
        orders.create(order);
        moved(order, OrderStatus.PENDING, OrderStatus.PROCESSING);

        String body = topic.latest("PROCESSING of " + order.orderId(), message -> message.body().contains(order.orderId())).body();

        EventSchema.named(EventSchema.STATUS_CHANGED).assertDescribes(body);
    }

    @Test
    void aFailedOrdersEventCarriesTheReason() {
        Order order = anOrder().build();
        orders.create(order);
        moved(order, OrderStatus.PENDING, OrderStatus.PROCESSING);
        orders.markFailed(order.orderId(), OrderStatus.PROCESSING, "Payment declined");

        assertThat(announced(order, OrderStatus.FAILED).reason()).isEqualTo("Payment declined");
    }

    @Test
    void aNewOrderIsNoStatusChange() throws InterruptedException {
        Order order = anOrder().build();
        orders.create(order);
        Order marker = anOrder().build();
        orders.create(marker);
        moved(marker, OrderStatus.PENDING, OrderStatus.PROCESSING);

        announced(marker, OrderStatus.PROCESSING);

        List<String> all = topic.messages(1);
        assertThat(all).noneMatch(body -> body.contains(order.orderId()));
    }
}
