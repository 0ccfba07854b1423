package com.example.orders.contracts.events;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;

import au.com.dius.pact.provider.junitsupport.State;
import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.stepfunctions.StepFunctionsWorkflowStarter;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.stepfunctions.DefinitionSubstitutions;
import com.example.orders.localaws.stepfunctions.LocalStateMachine;
import com.example.orders.workflow.OrderWorkflowTasks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * The order workflow: its state machine definition run in aws-local-stepfunctions, its Task
 * states calling the OrderWorkflowTasks handler, for an order order-process-fn handed over.
 */
class StatusEventsFromWorkflowIT extends StatusEventsProvider {

    private static final String TASKS_ARN = "arn:aws:lambda:us-east-1:000000000000:function:order-workflow-tasks";

    private DynamoDbOrderRepository orders;
    private LocalStateMachine workflow;

    @BeforeAll
    void startTheWorkflow(LocalAws aws, PlatformResources resources) {
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        var tasks = new OrderWorkflowTasks(functionEnvironment(aws, resources));
        workflow = new LocalStateMachine(definition(),
                new DefinitionSubstitutions(Map.of("OrderWorkflowTasksFunctionArn", TASKS_ARN)),
                (arn, input) -> tasks.handleRequest(input, null));
    }

    private static String definition() {
        try (InputStream in = OrderWorkflowTasks.class.getResourceAsStream("/order-workflow.asl.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @State("an order completed")
    void anOrderCompleted() {
        run(anOrder().withStatus(OrderStatus.PROCESSING).build());
    }

    @State("an order's payment was declined")
    void anOrdersPaymentWasDeclined() {
        run(anOrder().withStatus(OrderStatus.PROCESSING).withCustomer(new Customer("decline-cust-1", null, null)).build());
    }

    private void run(Order handedOver) {
        orders.create(handedOver);
        workflow.run(StepFunctionsWorkflowStarter.executionInput(handedOver));
        ran(handedOver.orderId());
    }
}
