package com.example.orders.localruntime.events;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.OrdersTable;
import com.example.orders.core.order.Order;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.order.reconcile.SqsProcessingQueue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The reconciler queues an order with the very message the pipe renders from the order's stream record. */
@LocalAwsTest
class ReconcilerMessageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReconcilersMessageIsWhatThePipesTemplateRendersForTheStoredOrder(LocalAws aws, PlatformResources resources)
            throws Exception {
        Order order = anOrder().withCorrelationId("corr-reconciled").build();
        new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC()).create(order);
        Map<String, AttributeValue> stored = aws.dynamoDb().query(request -> request.tableName(resources.ordersTable())
                .keyConditionExpression("#id = :id")
                .expressionAttributeNames(Map.of("#id", OrdersTable.ORDER_ID))
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(order.orderId())))).items().getFirst();

        String rendered = PipeDefinition.newOrders().template().render(StreamRecordJson.ofItem(stored, resources.ordersStreamArn()));

        assertThat(JSON.readTree(SqsProcessingQueue.message(order))).isEqualTo(JSON.readTree(rendered));
    }
}
