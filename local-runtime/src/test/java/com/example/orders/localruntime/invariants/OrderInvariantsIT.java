package com.example.orders.localruntime.invariants;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.adapter.dynamodb.SimulatedPayments;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker that every fault, journey and load test relies on finds the promises it is there to hold. */
@LocalAwsTest
class OrderInvariantsIT {

    private static final Duration NO_WAIT = Duration.ofMillis(200);

    @TempDir
    Path outbox;

    private DynamoDbOrderRepository orders;
    private SimulatedPayments payments;
    private OrderInvariants invariants;

    @BeforeEach
    void connect(LocalAws aws, PlatformResources resources) {
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        payments = new SimulatedPayments(aws.dynamoDb(), resources.paymentsTable(), Clock.systemUTC());
        invariants = new OrderInvariants(aws, resources, outbox, () -> { });
    }

    private Order stored(OrderStatus status) {
        return stored(status, new Customer("cust-1", null, null));
    }

    private Order stored(OrderStatus status, Customer customer) {
        var order = anOrder().withStatus(status).withCustomer(customer).createdAt(Instant.now());
        if (status == OrderStatus.FAILED) {
            order.failedBecause("PAYMENT_DECLINED");
        }
        Order built = order.build();
        orders.create(built);
        return built;
    }

    private void emailed(Order order, String subject, int copies) throws IOException {
        for (int copy = 0; copy < copies; copy++) {
            Files.writeString(outbox.resolve(order.orderId() + "-" + copy + ".txt"),
                    "Subject: " + subject + "\n\nOrder: " + order.orderId() + "\n");
        }
    }

    @Test
    void anOrderThatNeverBecomesFinalBreaksThePromise() {
        Order stuck = stored(OrderStatus.PROCESSING);

        assertThatThrownBy(() -> invariants.check(List.of(stuck.orderId()), NO_WAIT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("every accepted order final");
    }

    @Test
    void aCompletedOrderThatWasNeverChargedIsReported() {
        Order completed = stored(OrderStatus.COMPLETED);

        assertThatThrownBy(() -> invariants.check(List.of(completed.orderId()), NO_WAIT))
                .isInstanceOf(OrderInvariants.Violated.class)
                .hasMessageContaining("COMPLETED order " + completed.orderId() + " is not charged")
                .hasMessageContaining("COMPLETED order " + completed.orderId() + " holds no stock");
    }

    @Test
    void aFailedOrderThatIsStillChargedIsReported() {
        Order failed = stored(OrderStatus.FAILED);
        payments.charge(failed);

        assertThatThrownBy(() -> invariants.check(List.of(failed.orderId()), NO_WAIT))
                .isInstanceOf(OrderInvariants.Violated.class)
                .hasMessageContaining("FAILED order " + failed.orderId());
    }

    @Test
    void aStatusEmailedTwiceIsReported() throws IOException {
        Order failed = orderWithEmail(OrderStatus.FAILED);
        emailed(failed, "Your order could not be completed", 2);

        assertThatThrownBy(() -> invariants.check(List.of(failed.orderId()), NO_WAIT))
                .isInstanceOf(OrderInvariants.Violated.class)
                .hasMessageContaining("emailed the same status twice");
    }

    @Test
    void aFailedUnchargedOrderEmailedOnceKeepsEveryPromise() throws IOException {
        Order failed = orderWithEmail(OrderStatus.FAILED);
        emailed(failed, "Your order could not be completed", 1);

        assertThat(invariants.check(List.of(failed.orderId()), NO_WAIT))
                .isEqualTo(new OrderInvariants.Counts(1, 0, 1, 0, 0, 1));
    }

    private Order orderWithEmail(OrderStatus status) {
        return stored(status, new Customer("cust-2", "ada@example.com", null));
    }
}
