package com.example.orders.contracts.events;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.process.InventoryReservations;
import com.example.orders.core.order.process.OrderProcessing;
import com.example.orders.core.order.process.SimulatedPayments;
import com.example.orders.core.order.process.SnsStatusChangePublisher;
import com.example.orders.core.store.OrderRepository;
import com.example.orders.core.store.PageCursor;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * The OrderStatusChanged events are what the notifier's pact expects: each provider state runs an
 * order through the real processing (order-core's OrderProcessing, which order-process-fn runs
 * and whose publisher the workflow shares) on DynamoDB Local, and the message verified is the SNS
 * publish request that processing produced.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Provider(NotifierStatusEventsPactTest.PROVIDER)
@PactFolder("target/pacts")
class StatusEventsProviderIT {

    private final List<PublishRequest> published = new ArrayList<>();
    private OrderRepository orders;
    private OrderProcessing processing;
    private String topicArn;

    @BeforeAll
    void processOrdersOnTheEmulators(LocalAws aws, PlatformResources resources) {
        Clock clock = Clock.systemUTC();
        topicArn = resources.notificationsTopicArn();
        orders = new OrderRepository(aws.dynamoDb(), resources.ordersTable(), PageCursor.withRandomKey(), clock);
        var inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
        inventory.stock("BOOK-0001", 1_000);
        inventory.stock("PEN-0042", 1_000);
        processing = new OrderProcessing(orders, new SimulatedPayments(aws.dynamoDb(), resources.paymentsTable(), clock),
                inventory, event -> published.add(SnsStatusChangePublisher.request(topicArn, event)), Optional.empty(),
                new BigDecimal("1000.00"));
    }

    @BeforeEach
    void verifyMessages(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void producesTheEvent(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("an order completed")
    void anOrderCompleted() {
        process(anOrder().build());
    }

    @State("an order's payment was declined")
    void anOrdersPaymentWasDeclined() {
        process(anOrder().withCustomer(new Customer("decline-cust-1", null, null)).build());
    }

    @PactVerifyProvider(NotifierStatusEventsPactTest.COMPLETED)
    MessageAndMetadata theCompletionEvent() {
        return lastPublished(OrderStatus.COMPLETED);
    }

    @PactVerifyProvider(NotifierStatusEventsPactTest.FAILED)
    MessageAndMetadata theFailureEvent() {
        return lastPublished(OrderStatus.FAILED);
    }

    private void process(Order order) {
        published.clear();
        orders.create(order);
        processing.process(order.orderId());
    }

    /** The last publish request with {@code status}, as SNS carries it: the body and the attributes. */
    private MessageAndMetadata lastPublished(OrderStatus status) {
        PublishRequest request = published.reversed().stream()
                .filter(candidate -> candidate.messageAttributes().get("status").stringValue().equals(status.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("processing published no " + status + " event: " + published));
        assertThat(request.topicArn()).isEqualTo(topicArn);
        Map<String, Object> attributes = new TreeMap<>();
        request.messageAttributes().forEach((name, value) -> attributes.put(name, value.stringValue()));
        return new MessageAndMetadata(request.message().getBytes(StandardCharsets.UTF_8), attributes);
    }
}
