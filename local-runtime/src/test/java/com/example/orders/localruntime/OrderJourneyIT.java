package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.InventoryReservations;
import com.example.orders.core.adapter.dynamodb.PaymentRecord;
import com.example.orders.core.adapter.dynamodb.SimulatedPayments;
import com.example.orders.core.adapter.dynamodb.StoredTimestamp;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.process.PaymentStatus;
import com.example.orders.lambda.StandardOutput;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.GatewaySettings;
import com.example.orders.localruntime.invariants.OrderInvariants;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/**
 * An order's whole journey on one machine, every part real: POST to the local gateway, the
 * table's stream, the pipe's filter into the queue, the processor in batches, the topic, the
 * notifier, SES. Each test ends with its orders COMPLETED or FAILED.
 */
@LocalAwsTest
class OrderJourneyIT {

    private static final String KEY = "journey-key-0001";
    private static final String SENDER = "orders@example.com";
    private static final Duration JOURNEY = Duration.ofSeconds(30);
    /** Orders of 100.00 or more go through the workflow here; the usual test order is 25.00. */
    private static final String WORKFLOW_THRESHOLD = "100.00";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path outboxDirectory;

    private LocalAws aws;
    private PlatformResources resources;
    private LocalWorkflow workflow;
    private ProcessingPipeline pipeline;
    private ApiGateway gateway;
    private ContractClient client;
    private DynamoDbOrderRepository orders;
    private SimulatedPayments payments;
    private InventoryReservations inventory;
    private final List<String> console = new CopyOnWriteArrayList<>();
    private final List<String> posted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startPlatform(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        ExampleStock.seed(new InventoryReservations(aws.dynamoDb(), resources.inventoryTable()));
        aws.ses().verifyEmailIdentity(r -> r.emailAddress(SENDER));
        workflow = LocalWorkflow.start(aws, resources);
        var settings = new HashMap<>(workflow.processorSettings());
        settings.put("NOTIFY_EMAIL_SENDER", SENDER);
        settings.put("WORKFLOW_THRESHOLD", WORKFLOW_THRESHOLD);
        pipeline = ProcessingPipeline.start(aws, resources, OrderFunctions.pipeline(aws, resources, "", settings),
                new ProcessingPipeline.Settings(outboxDirectory, Optional.empty(), Duration.ofMillis(500)), console::add);
        gateway = LocalApi.start(aws, resources, new GatewaySettings(0, Set.of(KEY)), GatewaySettings.DEFAULT_CORS_ORIGINS);
        client = new ContractClient(gateway.uri(), KEY);
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        payments = new SimulatedPayments(aws.dynamoDb(), resources.paymentsTable(), Clock.systemUTC());
        inventory = new InventoryReservations(aws.dynamoDb(), resources.inventoryTable());
    }

    /** Whatever each journey did, every order it accepted ends final and keeps the platform's promises. */
    @AfterEach
    void stopPlatform() {
        try {
            new OrderInvariants(aws, resources, outboxDirectory, () -> pipeline.outbox().collect()).check(posted, JOURNEY);
        } finally {
            stopAll();
        }
    }

    private void stopAll() {
        gateway.close();
        pipeline.close();
        workflow.close();
    }

    /** POSTs an order for {@code customerId} with 2 x PEN-0042 (25.00) and returns its id. */
    private String post(String customerId) {
        return post(customerId, 2);
    }

    private String post(String customerId, int pens) {
        String body = """
                {"customer":{"customerId":"%s","email":"ada@example.com","phone":"+447700900123"},
                 "items":[{"sku":"PEN-0042","name":"Fountain pen","quantity":%d,"unitPrice":"12.50"}],
                 "currency":"EUR"}""".formatted(customerId, pens);
        HttpResponse<String> response = client.send(client.postJson("/orders", body));
        assertThat(response.statusCode()).isEqualTo(201);
        String orderId = ContractClient.json(response).path("orderId").asText();
        posted.add(orderId);
        return orderId;
    }

    private Order finalOrder(String orderId) {
        return Eventually.get("order " + orderId + " final", JOURNEY,
                () -> orders.findById(orderId).orElseThrow(), order -> order.status().isFinal());
    }

    private List<String> emailsAbout(String orderId, int expected) {
        return Eventually.get(expected + " emails about " + orderId, JOURNEY, () -> emails(orderId),
                found -> found.size() >= expected);
    }

    private List<String> emails(String orderId) {
        pipeline.outbox().collect();
        var found = new ArrayList<String>();
        try (var files = Files.list(outboxDirectory)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (text.contains(orderId)) {
                    found.add(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private PaymentRecord payment(String orderId) {
        return payments.find(orderId).orElseThrow();
    }

    private void awaitQueueDrained() {
        Eventually.get("processing queue drained", JOURNEY, () -> aws.queueDepth(resources.processingQueueUrl()),
                depth -> depth == 0);
    }

    @Test
    void postedOrderIsCompleted() {
        assertThat(finalOrder(post("cust-1")).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    /** Every JSON log line the functions wrote while {@code journey} ran, parsed. */
    private static List<JsonNode> logLines(Runnable journey) {
        return logLines(journey, output -> true);
    }

    /** As {@link #logLines(Runnable)}, capturing on until the output is {@code complete}: functions log after they answer. */
    private static List<JsonNode> logLines(Runnable journey, Predicate<String> complete) {
        String output = StandardOutput.capturedUntil(() -> {
            journey.run();
            return null;
        }, complete, JOURNEY);
        var lines = new ArrayList<JsonNode>();
        for (String line : output.lines().filter(line -> line.startsWith("{\"level\"")).toList()) {
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        }
        return lines;
    }

    private String postCorrelated(String correlationId, int pens) {
        String body = """
                {"customer":{"customerId":"cust-journey","email":"ada@example.com","phone":"+447700900123"},
                 "items":[{"sku":"PEN-0042","name":"Fountain pen","quantity":%d,"unitPrice":"12.50"}],
                 "currency":"EUR"}""".formatted(pens);
        HttpResponse<String> response = client.send(client.postJson("/orders", body).header("x-correlation-id", correlationId));
        assertThat(response.statusCode()).isEqualTo(201);
        String orderId = ContractClient.json(response).path("orderId").asText();
        posted.add(orderId);
        return orderId;
    }

    /** What the "order journey" Logs Insights query finds: the correlation id on every line, through every function. */
    private void assertTheJourneyIsFollowedByItsCorrelationId(int pens, Set<String> services) {
        String correlationId = "journey-" + UUID.randomUUID();
        var orderId = new String[1];
        List<JsonNode> lines = logLines(() -> {
            orderId[0] = postCorrelated(correlationId, pens);
            finalOrder(orderId[0]);
            emailsAbout(orderId[0], 2);
        }, output -> services.stream().allMatch(service -> output.lines().anyMatch(line ->
                line.contains("\"service\":\"" + service + "\"") && line.contains(correlationId))));

        List<JsonNode> aboutTheOrder = lines.stream().filter(line -> line.toString().contains(orderId[0])).toList();
        assertThat(aboutTheOrder).as("log lines naming the order").isNotEmpty()
                .allSatisfy(line -> assertThat(line.path("correlation_id").asText()).as(line.toString()).isEqualTo(correlationId));
        assertThat(lines.stream().filter(line -> line.path("correlation_id").asText().equals(correlationId))
                .map(line -> line.path("service").asText()).distinct())
                .as("the functions that logged under the correlation id").containsExactlyInAnyOrderElementsOf(services);
    }

    @Test
    void theCorrelationIdFollowsASmallOrderFromTheApiToItsLastNotification() {
        assertTheJourneyIsFollowedByItsCorrelationId(2, Set.of("order-create", "order-process", "order-notify"));
    }

    @Test
    void theCorrelationIdFollowsAWorkflowOrderThroughEveryTaskToItsLastNotification() {
        assertTheJourneyIsFollowedByItsCorrelationId(10, Set.of("order-create", "order-process", "order-workflow", "order-notify"));
    }

    @Test
    void completedOrderGetsOneEmailPerStatusChange() {
        String orderId = post("cust-1");
        finalOrder(orderId);
        emailsAbout(orderId, 2);
        awaitQueueDrained();
        assertThat(emails(orderId)).hasSize(2);
    }

    @Test
    void declinedPaymentEndsFailedWithNoStockReserved() {
        String orderId = post("decline-1");
        assertThat(finalOrder(orderId).failureReason()).isEqualTo("Payment declined");
        assertThat(inventory.isReserved(orderId)).isFalse();
    }

    @Test
    void declinedPaymentTellsTheCustomerWhy() {
        String orderId = post("decline-1");
        finalOrder(orderId);
        assertThat(emailsAbout(orderId, 2)).anyMatch(text -> text.contains("Payment declined"));
    }

    @Test
    void outOfStockEndsFailedWithThePaymentRefunded() {
        inventory.stock("PEN-0042", 1);
        String orderId = post("cust-1");
        assertThat(finalOrder(orderId).failureReason()).isEqualTo("Out of stock: PEN-0042");
        assertThat(payment(orderId).status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void transientErrorIsRetriedAndThenSucceeds() {
        String orderId = post("flaky-1");
        assertThat(finalOrder(orderId).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(payment(orderId).attempts()).isEqualTo(3);
    }

    @Test
    void poisonMessageLandsInTheDeadLetterQueueAfterExactlyThreeReceivesWhileTheRestOfItsBatchCompletes() {
        String poison = post("poison-1");
        String healthy = post("cust-2");
        assertThat(finalOrder(healthy).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(finalOrder(poison).status()).isEqualTo(OrderStatus.FAILED);
        var deadLetters = Eventually.get("a dead letter", JOURNEY, () -> aws.sqs().receiveMessage(r -> r
                .queueUrl(resources.deadLetterQueueUrl()).maxNumberOfMessages(10).waitTimeSeconds(1)).messages(),
                messages -> !messages.isEmpty());
        assertThat(deadLetters).singleElement().satisfies(message -> assertThat(message.body()).contains(poison));
        assertThat(payment(poison).attempts()).isEqualTo(3);
    }

    @Test
    void sameMessageDeliveredTwiceChargesOnce() {
        String orderId = post("cust-1");
        Order order = finalOrder(orderId);
        aws.sqs().sendMessage(r -> r.queueUrl(resources.processingQueueUrl()).messageBody(ApiJson.write(
                new ProcessingMessage(orderId, StoredTimestamp.format(order.createdAt()), UUID.randomUUID().toString()))));
        awaitQueueDrained();
        assertThat(payment(orderId).attempts()).isEqualTo(1);
        assertThat(inventory.available("PEN-0042")).hasValue(998);
    }

    @Test
    void orderAtTheThresholdCompletesThroughTheWorkflowExactlyOnceEvenWhenDeliveredTwice() {
        String orderId = post("cust-1", 8);
        Order order = finalOrder(orderId);
        aws.sqs().sendMessage(r -> r.queueUrl(resources.processingQueueUrl()).messageBody(ApiJson.write(
                new ProcessingMessage(orderId, StoredTimestamp.format(order.createdAt()), UUID.randomUUID().toString()))));
        awaitQueueDrained();
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(workflowExecutions()).containsExactly(orderId);
        assertThat(payment(orderId).attempts()).isEqualTo(1);
    }

    private List<String> workflowExecutions() {
        try (var sfn = SfnClient.builder()
                .endpointOverride(workflow.endpoint())
                .region(aws.region())
                .credentialsProvider(aws.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            return sfn.listExecutions(r -> r.stateMachineArn(LocalWorkflow.STATE_MACHINE_ARN)).executions().stream()
                    .map(ExecutionListItem::name)
                    .toList();
        }
    }
}
