package com.example.orders.localruntime.events;

import com.example.orders.core.adapter.dynamodb.OrdersTable;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the processing queue held when a platform with kept data stopped. ElasticMQ keeps its
 * queues in memory, so on a restart the platform sends again a processing message, as the pipe
 * renders it, for every order not yet final. The processor takes a repeated message as SQS's
 * redelivery: an order already moved on is left as it is, and nothing is charged, reserved or
 * notified twice.
 */
public final class WaitingOrders {

    private WaitingOrders() {}

    /** Sends a processing message for every PENDING or PROCESSING order; answers how many. */
    public static int resend(LocalAws aws, PlatformResources resources, PipeDefinition pipe) {
        int sent = 0;
        for (OrderStatus waiting : new OrderStatus[] {OrderStatus.PENDING, OrderStatus.PROCESSING}) {
            // The index projects every attribute: its items are the orders.
            for (Map<String, AttributeValue> order : aws.dynamoDb().queryPaginator(request -> request
                    .tableName(resources.ordersTable())
                    .indexName(OrdersTable.STATUS_INDEX)
                    .keyConditionExpression("#status = :status")
                    .expressionAttributeNames(Map.of("#status", OrdersTable.STATUS))
                    .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(waiting.name())))).items()) {
                String message = pipe.template().render(StreamRecordJson.ofItem(order, resources.ordersStreamArn()));
                aws.sqs().sendMessage(request -> request.queueUrl(resources.processingQueueUrl()).messageBody(message));
                sent++;
            }
        }
        return sent;
    }
}
