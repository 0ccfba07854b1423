package com.example.orders.order.notify;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.fixtures.OrderBuilder;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.lambda.SnapStartPriming;
import com.example.orders.lambda.StandardOutput;
import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.StoredItems;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@LocalAwsTest
class NotifyCustomerHandlerIT {

    private static final String SENDER = "orders@example.com";
    private static final String EMAIL = "ada@example.com";
    private static final String PHONE = "+447700900123";

    private LocalAws aws;
    private PlatformResources resources;
    private Map<String, String> environment;
    private DynamoDbOrderRepository orders;
    private MotoOutbox outbox;

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        aws.ses().verifyEmailIdentity(request -> request.emailAddress(SENDER));
        environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        outbox = new MotoOutbox(aws.endpoint(AwsService.SES));
    }

    private NotifyCustomerHandler handler() {
        return new NotifyCustomerHandler(environment);
    }

    private NotifyCustomerHandler handlerWith(String setting, String value) {
        var configured = new HashMap<>(environment);
        configured.put(setting, value);
        return new NotifyCustomerHandler(configured);
    }

    private Order stored(OrderBuilder order) {
        Order built = order.withCustomer(new Customer("cust-1", EMAIL, PHONE)).build();
        return store(built);
    }

    private Order store(Order order) {
        orders.create(order);
        return order;
    }

    /** The event of the order's last change, as the topic delivers it. */
    private byte[] statusChanged(Order order) {
        OrderStatus previous = order.status() == OrderStatus.PENDING ? null : OrderStatus.PROCESSING;
        return SnsEventBuilder.delivering(OrderStatusChanged.of(order, previous))
                .fromTopic(resources.notificationsTopicArn())
                .build();
    }

    /** Invokes {@code handler} as Lambda does, with the event's JSON. */
    private static void deliver(NotifyCustomerHandler handler, byte[] event) {
        handler.handleRequest(new ByteArrayInputStream(event), OutputStream.nullOutputStream(), null);
    }

    private static String logOf(Runnable invocation) {
        return StandardOutput.capturedFrom(() -> {
            invocation.run();
            return null;
        });
    }

    private static String lineWith(String output, String... fragments) {
        return Arrays.stream(output.split("\\R"))
                .filter(line -> Arrays.stream(fragments).allMatch(line::contains))
                .findFirst()
                .orElse("");
    }

    @Test
    void emailGoesToTheCustomerFromTheConfiguredSender() {
        Order order = stored(anOrder());
        deliver(handler(), statusChanged(order));
        assertThat(outbox.emailsAbout(order.orderId()))
                .singleElement()
                .satisfies(email -> {
                    assertThat(email.from()).isEqualTo(SENDER);
                    assertThat(email.to()).containsExactly(EMAIL);
                });
    }

    @Test
    void emailTellsWhatHappenedToTheOrder() {
        Order order = stored(anOrder().withStatus(OrderStatus.COMPLETED));
        deliver(handler(), statusChanged(order));
        assertThat(outbox.emailsAbout(order.orderId())).singleElement()
                .extracting(SentEmail::subject).isEqualTo("Your order is confirmed");
    }

    @Test
    void smsGoesToTheCustomersPhone() {
        Order order = stored(anOrder());
        deliver(handler(), statusChanged(order));
        assertThat(outbox.textsAbout(order.orderId())).singleElement()
                .extracting(SentSms::phoneNumber).isEqualTo(PHONE);
    }

    @Test
    void sameEventDeliveredTwiceNotifiesOncePerChannel() {
        Order order = stored(anOrder());
        byte[] delivery = statusChanged(order);
        var handler = handler();
        deliver(handler, delivery);
        deliver(handler, delivery);
        assertThat(outbox.emailsAbout(order.orderId())).hasSize(1);
        assertThat(outbox.textsAbout(order.orderId())).hasSize(1);
    }

    @Test
    void secondDeliveryIsLoggedAsDuplicate() {
        Order order = stored(anOrder());
        byte[] delivery = statusChanged(order);
        var handler = handler();
        deliver(handler, delivery);
        String log = logOf(() -> deliver(handler, delivery));
        assertThat(lineWith(log, "\"channel\":\"EMAIL\"", "\"outcome\":\"DUPLICATE\"")).contains(order.orderId());
    }

    @Test
    void emailDisabledByConfigurationSendsNoEmail() {
        Order order = stored(anOrder());
        deliver(handlerWith(NotificationSettings.EMAIL_ENABLED, "false"), statusChanged(order));
        assertThat(outbox.emailsAbout(order.orderId())).isEmpty();
    }

    @Test
    void emailDisabledByConfigurationStillSendsSms() {
        Order order = stored(anOrder());
        deliver(handlerWith(NotificationSettings.EMAIL_ENABLED, "false"), statusChanged(order));
        assertThat(outbox.textsAbout(order.orderId())).hasSize(1);
    }

    @Test
    void smsDisabledByConfigurationSendsNoSms() {
        Order order = stored(anOrder());
        deliver(handlerWith(NotificationSettings.SMS_ENABLED, "false"), statusChanged(order));
        assertThat(outbox.textsAbout(order.orderId())).isEmpty();
    }

    @Test
    void orderWithoutPhoneSendsNoSms() {
        Order order = store(anOrder().withCustomer(new Customer("cust-2", EMAIL, null)).build());
        deliver(handler(), statusChanged(order));
        assertThat(outbox.textsAbout(order.orderId())).isEmpty();
    }

    @Test
    void orderWithoutPhoneLogsSmsSkippedForNoContact() {
        Order order = store(anOrder().withCustomer(new Customer("cust-2", EMAIL, null)).build());
        String log = logOf(() -> deliver(handler(), statusChanged(order)));
        assertThat(lineWith(log, "\"channel\":\"SMS\"", "\"outcome\":\"SKIPPED_NO_CONTACT\"")).contains(order.orderId());
    }

    @Test
    void logsNeverContainTheEmailAddressOrPhoneNumber() {
        Order order = stored(anOrder());
        String log = logOf(() -> deliver(handler(), statusChanged(order)));
        // The order id proves the invocation's lines were captured; the phone is checked without
        // its "+" so no formatting of the number slips through.
        assertThat(log).contains(order.orderId())
                .doesNotContain(EMAIL)
                .doesNotContain(PHONE.substring(1));
    }

    @Test
    void everyOutcomeLineCarriesTheEventsCorrelationId() {
        Order order = stored(anOrder());
        String log = logOf(() -> deliver(handler(), statusChanged(order)));
        assertThat(lineWith(log, "\"outcome\":\"SENT\"")).contains("\"correlation_id\":\"" + order.correlationId() + "\"");
    }

    @Test
    void sentNotificationIsCountedWithItsChannel() {
        Order order = stored(anOrder());
        String log = logOf(() -> deliver(handler(), statusChanged(order)));
        assertThat(lineWith(log, "\"NotificationsSent\"", "\"Channel\":\"SMS\"")).isNotEmpty();
    }

    @Test
    void failedOrderEmailGivesTheReason() {
        Order order = stored(anOrder().failedBecause("Out of stock: PEN-0042"));
        deliver(handler(), statusChanged(order));
        assertThat(outbox.emailsAbout(order.orderId())).singleElement()
                .extracting(SentEmail::body).asString()
                .contains("could not be completed: Out of stock: PEN-0042");
    }

    @Test
    void rejectedEmailFailsTheInvocationSoSnsRetries() {
        Order order = stored(anOrder());
        var handler = handlerWith(NotificationSettings.EMAIL_SENDER, unverifiedSender());
        assertThatThrownBy(() -> deliver(handler, statusChanged(order)))
                .isInstanceOfSatisfying(NotificationFailedException.class, failed -> assertThat(failed.failures())
                        .isEqualTo(List.of(new NotificationFailedException.Failure(Channel.EMAIL, "MessageRejected"))));
    }

    @Test
    void retryAfterRejectedEmailSendsIt() {
        Order order = stored(anOrder());
        String sender = unverifiedSender();
        var handler = handlerWith(NotificationSettings.EMAIL_SENDER, sender);
        byte[] delivery = statusChanged(order);
        assertThatThrownBy(() -> deliver(handler, delivery)).isInstanceOf(NotificationFailedException.class);
        aws.ses().verifyEmailIdentity(request -> request.emailAddress(sender));
        deliver(handler, delivery);
        assertThat(outbox.emailsAbout(order.orderId())).singleElement().extracting(SentEmail::from).isEqualTo(sender);
    }

    @Test
    void retryAfterRejectedEmailDoesNotTextAgain() {
        Order order = stored(anOrder());
        String sender = unverifiedSender();
        var handler = handlerWith(NotificationSettings.EMAIL_SENDER, sender);
        byte[] delivery = statusChanged(order);
        assertThatThrownBy(() -> deliver(handler, delivery)).isInstanceOf(NotificationFailedException.class);
        aws.ses().verifyEmailIdentity(request -> request.emailAddress(sender));
        deliver(handler, delivery);
        assertThat(outbox.textsAbout(order.orderId())).hasSize(1);
    }

    @Test
    void eventWithoutItsIdIsRejectedRatherThanSentUnguarded() {
        Order order = stored(anOrder());
        OrderStatusChanged complete = OrderStatusChanged.of(order, null);
        var withoutId = new OrderStatusChanged(complete.eventType(), null, complete.orderId(), complete.status(), null,
                null, complete.total(), complete.currency(), complete.occurredAt(), complete.correlationId());
        assertThatThrownBy(() -> deliver(handler(), SnsEventBuilder.delivering(withoutId).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks the eventId");
    }

    /** On a domain of its own: moto counts an address as verified when its domain is. */
    private static String unverifiedSender() {
        return "orders@" + UUID.randomUUID() + ".example.net";
    }

    @Test
    void primingForSnapStartWritesNothing() {
        StoredItems before = StoredItems.of(aws, resources);
        handler().prime();
        assertThat(StoredItems.of(aws, resources)).isEqualTo(before);
    }

    @Test
    void primingSkipsADisabledChannelAsADeliveryDoes() {
        assertThatCode(() -> handlerWith(NotificationSettings.SMS_ENABLED, "false").prime()).doesNotThrowAnyException();
    }

    @Test
    void primingForSnapStartSendsNothing() {
        handler().prime();

        assertThat(outbox.emailsAbout(SnapStartPriming.NO_SUCH_ORDER)).isEmpty();
        assertThat(outbox.textsAbout(SnapStartPriming.NO_SUCH_ORDER)).isEmpty();
    }
}
