package com.example.orders.core.adapter.dynamodb;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.process.PaymentStatus;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated provider's ledger on DynamoDB Local: charges once, and never after a cancel. */
@LocalAwsTest
class SimulatedPaymentsIT {

    private SimulatedPayments payments;
    private final Order order = anOrder().withStatus(OrderStatus.PROCESSING).build();

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) {
        payments = new SimulatedPayments(aws.dynamoDb(), resources.paymentsTable(), Clock.systemUTC());
    }

    private PaymentStatus recorded() {
        return payments.find(order.orderId()).orElseThrow().status();
    }

    @Test
    void aChargeThatArrivesAfterTheCancelChargesNothing() {
        payments.cancel(order.orderId());

        assertThat(payments.charge(order)).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(recorded()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void cancellingAChargedPaymentRefundsIt() {
        payments.charge(order);

        payments.cancel(order.orderId());

        assertThat(recorded()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void cancellingTwiceLeavesTheFirstOutcome() {
        payments.charge(order);
        payments.cancel(order.orderId());

        payments.cancel(order.orderId());

        assertThat(recorded()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aChargeIsMadeOnceHoweverOftenItIsAsked() {
        payments.charge(order);

        assertThat(payments.charge(order)).isEqualTo(PaymentStatus.CHARGED);
        assertThat(payments.find(order.orderId()).orElseThrow().attempts()).isEqualTo(2);
    }
}
