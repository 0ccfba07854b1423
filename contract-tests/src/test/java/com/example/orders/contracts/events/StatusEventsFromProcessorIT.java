package com.example.orders.contracts.events;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;

import au.com.dius.pact.provider.junitsupport.State;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.StoredTimestamp;
import com.example.orders.core.events.ProcessingMessage;
import com.example.orders.core.http.ApiJson;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.order.process.ProcessOrdersHandler;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/** order-process-fn's handler, given the order's processing message as the queue delivers it. */
class StatusEventsFromProcessorIT extends StatusEventsProvider {

    private DynamoDbOrderRepository orders;
    private ProcessOrdersHandler processor;

    @BeforeAll
    void startTheProcessor(LocalAws aws, PlatformResources resources) {
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        processor = new ProcessOrdersHandler(functionEnvironment(aws, resources));
    }

    @State("an order completed")
    void anOrderCompleted() {
        process(anOrder().build());
    }

    @State("an order's payment was declined")
    void anOrdersPaymentWasDeclined() {
        process(anOrder().withCustomer(new Customer("decline-cust-1", null, null)).build());
    }

    private void process(Order order) {
        orders.create(order);
        var message = new SQSEvent.SQSMessage();
        message.setMessageId(UUID.randomUUID().toString());
        message.setEventSource("aws:sqs");
        message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        message.setBody(ApiJson.write(new ProcessingMessage(order.orderId(), StoredTimestamp.format(order.createdAt()),
                order.correlationId())));
        var batch = new SQSEvent();
        batch.setRecords(List.of(message));
        processor.handleRequest(batch, null);
        ran(order.orderId());
    }
}
