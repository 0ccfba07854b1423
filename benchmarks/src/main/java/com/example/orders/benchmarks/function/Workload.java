package com.example.orders.benchmarks.function;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.benchmarks.probe.EventKind;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.lambda.StandaloneContext;
import com.example.orders.localruntime.contract.ApiContract;
import com.example.orders.order.create.CreateOrderHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The payload of each benchmarked invocation, for {@link EventKind#event}. Every order is the
 * contract's own example (two lines, with email and phone, so the notifier sends both). The
 * processor and the notifier each get an order of their own, created beforehand through the
 * create function, so every invocation does its full work rather than skip a duplicate.
 */
public final class Workload {

    private final String exampleOrder;
    private final CreateOrderHandler creator;
    private final DynamoDbOrderRepository orders;

    public Workload(BenchmarkStage stage, Path deployDirectory) {
        this.exampleOrder = ApiContract.bundled().requestExample("createOrder")
                .orElseThrow(() -> new IllegalStateException("The contract has no example of createOrder"));
        this.creator = new CreateOrderHandler(stage.environmentOf(BenchmarkedFunction.CREATE.deployedFrom(deployDirectory)));
        this.orders = new DynamoDbOrderRepository(stage.aws().dynamoDb(), stage.resources().ordersTable(), Clock.systemUTC());
    }

    public String payloadFor(EventKind kind) {
        return switch (kind) {
            case CREATE_REQUEST -> exampleOrder;
            case LIST_REQUEST -> OrderStatus.PENDING.name();
            case PROCESSING_BATCH -> {
                JsonNode order = createOrder();
                yield ApiJson.write(new ProcessingMessage(order.path("orderId").asText(), order.path("createdAt").asText(), "benchmark"));
            }
            case STATUS_NOTIFICATION -> {
                Order order = orders.findById(createOrder().path("orderId").asText()).orElseThrow();
                yield ApiJson.write(OrderStatusChanged.of(order.movedTo(OrderStatus.PROCESSING, null, Instant.now()), OrderStatus.PENDING));
            }
            case SCHEDULE -> "{}";
            case WORKFLOW_TASK -> {
                // The workflow takes orders the processor handed over: PROCESSING.
                String orderId = createOrder().path("orderId").asText();
                orders.transition(orderId, OrderStatus.PENDING, OrderStatus.PROCESSING);
                yield orderId;
            }
        };
    }

    private JsonNode createOrder() {
        APIGatewayProxyResponseEvent response = creator.handleRequest(
                (APIGatewayProxyRequestEvent) EventKind.CREATE_REQUEST.event(exampleOrder),
                StandaloneContext.of("workload", 1024));
        if (response.getStatusCode() != 201) {
            throw new IllegalStateException("Creating a benchmark order answered " + response.getStatusCode() + ": " + response.getBody());
        }
        try {
            return ApiJson.mapper().readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
