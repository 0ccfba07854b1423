package com.example.orders.order.notify;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.orders.core.adapter.aws.AwsClientFactory;
import com.example.orders.core.adapter.dynamodb.CannedDynamoDbResponses;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.lambda.EventFunction;
import com.example.orders.lambda.FunctionEnvironment;
import com.example.orders.lambda.FunctionMetrics;
import com.example.orders.lambda.PrimingHttpClient;
import com.example.orders.lambda.SnapStartPrimed;
import com.example.orders.lambda.SnapStartPriming;
import com.example.orders.lambda.StandaloneContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Subscribed to {@code order-notifications}: tells the customer about every status change of
 * their order, by email (SES) and SMS (SNS), on each channel that is enabled and for which the
 * order carries a contact. Contacts are read from the order, never taken from the event.
 *
 * <p>Each event notifies at most once per channel however often SNS delivers it. A failed send
 * makes the invocation fail, so SNS retries it; channels that did send are not repeated.
 *
 * <p>A stream handler: it reads the event's JSON itself ({@link TopicMessage}), so neither Lambda's
 * reflective event binding nor Jackson's object mapper is part of its start (decision 18). It
 * answers nothing: SNS invokes it asynchronously.
 *
 * <p>Primed for SnapStart, inside an invocation's logging context, by reading and rendering an
 * event, looking up an order that does not exist and releasing a claim that was never made (the
 * real clients), then delivering the event as a first delivery does, the order found, each
 * enabled channel claimed and sent, through clients whose HTTP client answers each request itself
 * ({@link PrimingHttpClient}), and formatting a delivery's log line and serializing metrics without
 * writing either: the real code paths, requests and responses, are ready in the snapshot, and
 * nothing is sent, stored or logged.
 */
public final class NotifyCustomerHandler implements RequestStreamHandler, SnapStartPrimed {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyCustomerHandler.class);

    private final NotificationSettings settings;
    private final EventFunction function;
    private final DynamoDbOrderRepository orders;
    private final NotificationClaims claims;
    private final String ordersTable;
    private final String idempotencyTable;
    private final List<NotificationSender> senders;
    /** One virtual thread per channel's delivery: they wait on the network, side by side. */
    private final ExecutorService channels = Executors.newVirtualThreadPerTaskExecutor();
    /** For priming's clients, built when priming, never on an on-demand start. */
    private final AwsClientFactory aws;
    /** Held here: CRaC references its resources weakly. */
    private final SnapStartPriming priming;

    /** Lambda's entry point: configuration from the process environment. */
    public NotifyCustomerHandler() {
        this(System.getenv());
    }

    /**
     * Reads ORDERS_TABLE and IDEMPOTENCY_TABLE (required), NOTIFY_EMAIL_ENABLED and
     * NOTIFY_SMS_ENABLED (true or false, default true), NOTIFY_EMAIL_SENDER (default
     * orders@example.com), POWERTOOLS_SERVICE_NAME (default order-notify), and the AWS_*
     * settings of {@link AwsClientFactory}.
     */
    public NotifyCustomerHandler(Map<String, String> environment) {
        var env = new FunctionEnvironment(environment);
        this.aws = new AwsClientFactory(environment);
        var clock = Clock.systemUTC();
        this.settings = NotificationSettings.from(env);
        this.function = new EventFunction(settings.service());
        this.ordersTable = env.require(ResourceEnvironment.ORDERS_TABLE);
        this.idempotencyTable = env.require(ResourceEnvironment.IDEMPOTENCY_TABLE);
        // Notifying never pages, so the cursor key is irrelevant here; a random one is never used.
        this.orders = new DynamoDbOrderRepository(aws.dynamoDb(), ordersTable, clock);
        this.claims = new NotificationClaims(aws.dynamoDb(), idempotencyTable, clock);
        this.senders = List.of(
                new EmailSender(aws.client("SES", SesClient::builder), settings.emailSender()),
                new SmsSender(aws.client("SNS", SnsClient::builder)));
        this.priming = SnapStartPriming.register(settings.service(), this);
    }

    @Override
    public void prime() {
        // Inside an invocation's logging context, as a delivery runs.
        function.handle(StandaloneContext.priming(settings.service()), () -> {
            primeDelivery();
            return null;
        });
        DeliveryLog.prime();
        FunctionMetrics.prime(settings.service());
    }

    private void primeDelivery() {
        var event = """
                {"Records":[{"EventSource":"aws:sns","Sns":{"Type":"Notification","MessageId":"snapstart-priming",\
                "Message":"{\\"eventType\\":\\"OrderStatusChanged\\",\\"eventId\\":\\"%1$s:2\\",\\"orderId\\":\\"%1$s\\",\
                \\"status\\":\\"FAILED\\",\\"previousStatus\\":\\"PROCESSING\\",\\"reason\\":\\"Payment declined\\",\
                \\"total\\":\\"0.50\\",\\"currency\\":\\"EUR\\",\\"occurredAt\\":\\"1970-01-01T00:00:00.000Z\\"}",\
                "MessageAttributes":{}}}]}""".formatted(SnapStartPriming.NO_SUCH_ORDER);
        OrderStatusChanged change = StatusChangeMessage.read(
                TopicMessage.readEvent(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8))).getFirst());
        Notification notification = NotificationTemplates.forChange(change);
        if (orders.findById(change.orderId()).isPresent()) {
            throw new IllegalStateException("Priming: an order has the id reserved for priming");
        }
        var customer = new Customer("snapstart-priming", "priming@example.invalid", "+15555550100");
        // The tables as a first delivery finds them: the order, with both contacts, and no claim yet.
        var tables = PrimingHttpClient.answering("{}").answering("Query",
                CannedDynamoDbResponses.queryFinding(List.of(SnapStartPriming.order(OrderStatus.FAILED, customer))));
        var email = PrimingHttpClient.answering("""
                <SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendEmailResult>\
                <MessageId>snapstart-priming</MessageId></SendEmailResult><ResponseMetadata>\
                <RequestId>snapstart-priming</RequestId></ResponseMetadata></SendEmailResponse>""");
        var text = PrimingHttpClient.answering("""
                <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>\
                <MessageId>snapstart-priming</MessageId></PublishResult><ResponseMetadata>\
                <RequestId>snapstart-priming</RequestId></ResponseMetadata></PublishResponse>""");
        try (DynamoDbClient dynamoDb = tables.client(aws.configure(DynamoDbClient.builder(), "DYNAMODB"));
                SesClient ses = email.client(aws.configure(SesClient.builder(), "SES"));
                SnsClient sns = text.client(aws.configure(SnsClient.builder(), "SNS"))) {
            var storedOrders = new DynamoDbOrderRepository(dynamoDb, ordersTable, Clock.systemUTC());
            var unclaimed = new NotificationClaims(dynamoDb, idempotencyTable, Clock.systemUTC());
            tables.prime("an order's lookup", () -> storedOrders.findById(change.orderId()).orElseThrow());
            function.correlated(change.correlationId(), "snapstart-priming", () -> {
                // Each channel's delivery, claim and send, on a channel's thread, as a delivery runs.
                for (var sender : Map.of(new EmailSender(ses, settings.emailSender()), email, new SmsSender(sns), text).entrySet()) {
                    if (!settings.enabled(sender.getKey().channel())) {
                        continue;
                    }
                    sender.getValue().prime(sender.getKey().channel() + " notification", () -> outcomeOf(channels.submit(
                            () -> deliver(change, Optional.of(customer), sender.getKey(), notification, unclaimed))));
                    // A failed send's release, on the real client: deleting a claim no event has.
                    outcomeOf(channels.submit(() -> {
                        claims.release(change.eventId(), sender.getKey().channel());
                        return Outcome.SENT;
                    }));
                }
                return null;
            });
        }
    }

    @Override
    public void handleRequest(InputStream event, OutputStream answer, Context context) {
        function.handle(context, () -> {
            try (var metrics = FunctionMetrics.forService(settings.service())) {
                var log = new DeliveryLog(metrics);
                for (TopicMessage message : TopicMessage.readEvent(event)) {
                    OrderStatusChanged change = StatusChangeMessage.read(message);
                    function.correlated(change.correlationId(), message.messageId(), () -> {
                        notifyAbout(change, log);
                        return null;
                    });
                }
            }
            return null;
        });
    }

    private void notifyAbout(OrderStatusChanged change, DeliveryLog log) {
        Optional<Customer> customer = orders.findById(change.orderId()).map(Order::customer);
        if (customer.isEmpty()) {
            LOG.warn("No order {} to notify about", entry("orderId", change.orderId()));
        }
        Notification notification = NotificationTemplates.forChange(change);
        // The channels are independent, each with its own claim and send: they go at once, so an
        // email and a text cost one round of calls instead of two. Outcomes are logged here, on the
        // invocation's thread, which carries its correlation id.
        List<Future<Outcome>> deliveries = senders.stream()
                .map(sender -> channels.submit(() -> deliver(change, customer, sender, notification, claims)))
                .toList();
        var failures = new ArrayList<NotificationFailedException.Failure>();
        for (int i = 0; i < senders.size(); i++) {
            NotificationSender sender = senders.get(i);
            Outcome outcome;
            try {
                outcome = outcomeOf(deliveries.get(i));
            } catch (RuntimeException sendFailed) {
                // The other channel is still tried: the retry repeats only what failed.
                var failure = new NotificationFailedException.Failure(sender.channel(), errorCode(sendFailed));
                log.failed(change, failure);
                failures.add(failure);
                continue;
            }
            log.record(change, sender.channel(), outcome);
        }
        if (!failures.isEmpty()) {
            throw new NotificationFailedException(change.orderId(), failures);
        }
    }

    /** What a delivery came to; its failure as thrown. */
    private static Outcome outcomeOf(Future<Outcome> delivery) {
        try {
            return delivery.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("A delivery failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a notification was being sent", interrupted);
        }
    }

    /** @throws RuntimeException when sending failed; the claim is released first */
    private Outcome deliver(OrderStatusChanged change, Optional<Customer> customer, NotificationSender sender,
            Notification notification, NotificationClaims claims) {
        if (!settings.enabled(sender.channel())) {
            return Outcome.SKIPPED_DISABLED;
        }
        Optional<String> contact = customer.flatMap(sender::contactOf);
        if (contact.isEmpty()) {
            return Outcome.SKIPPED_NO_CONTACT;
        }
        if (!claims.claim(change.eventId(), sender.channel())) {
            return Outcome.DUPLICATE;
        }
        try {
            sender.send(contact.get(), notification);
            return Outcome.SENT;
        } catch (RuntimeException sendFailed) {
            claims.release(change.eventId(), sender.channel());
            throw sendFailed;
        }
    }

    private static String errorCode(RuntimeException failure) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return failure.getClass().getSimpleName();
    }
}
