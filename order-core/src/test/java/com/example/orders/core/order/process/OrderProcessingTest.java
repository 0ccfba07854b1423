package com.example.orders.core.order.process;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.order.InMemoryOrderRepository;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Processing one order, against in-memory stores and recording fakes of the providers. */
class OrderProcessingTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00.123Z"), ZoneOffset.UTC);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(clock);
    private final FakePayments payments = new FakePayments();
    private final FakeInventory inventory = new FakeInventory().stock("BOOK-0001", 10).stock("PEN-0042", 10);
    private final List<Order> handedToTheWorkflow = new ArrayList<>();

    private OrderProcessing processing(BigDecimal workflowThreshold) {
        return new OrderProcessing(orders, payments, inventory, Optional.of(handedToTheWorkflow::add), workflowThreshold);
    }

    private final OrderProcessing processing = processing(new BigDecimal("1000.00"));

    private Order stored(Order order) {
        orders.create(order);
        return order;
    }

    private OrderStatus statusOf(Order order) {
        return orders.findById(order.orderId()).orElseThrow().status();
    }

    @Test
    void aPendingOrderIsChargedReservedAndCompleted() {
        Order order = stored(anOrder().build());

        assertThat(processing.process(order.orderId())).isEqualTo(ProcessingOutcome.COMPLETED);
        assertThat(statusOf(order)).isEqualTo(OrderStatus.COMPLETED);
        assertThat(payments.status(order.orderId())).isEqualTo(PaymentStatus.CHARGED);
        assertThat(inventory.available("PEN-0042")).isEqualTo(8);
    }

    /** The table's stream announces each stored version: one for PROCESSING, one for COMPLETED. */
    @Test
    void eachStatusChangeIsStoredAsAVersionOfItsOwn() {
        Order order = stored(anOrder().build());

        processing.process(order.orderId());

        assertThat(orders.findById(order.orderId()).orElseThrow().version()).isEqualTo(order.version() + 2);
    }

    @Test
    void aDeclinedPaymentFailsTheOrderAndReservesNothing() {
        payments.declining();
        Order order = stored(anOrder().build());

        assertThat(processing.process(order.orderId())).isEqualTo(ProcessingOutcome.DECLINED);
        assertThat(orders.findById(order.orderId()).orElseThrow().failureReason()).isEqualTo(FailureReasons.PAYMENT_DECLINED);
        assertThat(inventory.available("BOOK-0001")).isEqualTo(10);
    }

    @Test
    void anOrderOutOfStockIsRefundedAndFailed() {
        inventory.stock("PEN-0042", 1);
        Order order = stored(anOrder().build());

        assertThat(processing.process(order.orderId())).isEqualTo(ProcessingOutcome.OUT_OF_STOCK);
        assertThat(payments.refunds()).containsExactly(order.orderId());
        assertThat(orders.findById(order.orderId()).orElseThrow().failureReason()).isEqualTo(FailureReasons.outOfStock("PEN-0042"));
    }

    @Test
    void anOrderAtTheThresholdGoesToTheWorkflowUncharged() {
        Order order = stored(anOrder().build());

        assertThat(processing(order.total().amount()).process(order.orderId())).isEqualTo(ProcessingOutcome.HANDED_TO_WORKFLOW);
        assertThat(handedToTheWorkflow).extracting(Order::orderId).containsExactly(order.orderId());
        assertThat(payments.status(order.orderId())).isNull();
    }

    @Test
    void aTransientFailureLeavesTheOrderProcessingForARetry() {
        payments.timingOut(1);
        Order order = stored(anOrder().build());

        assertThatThrownBy(() -> processing.process(order.orderId())).isInstanceOf(TransientFailureException.class);
        assertThat(statusOf(order)).isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void theRetryOfAnOrderLeftProcessingCompletesIt() {
        payments.timingOut(1);
        Order order = stored(anOrder().build());
        assertThatThrownBy(() -> processing.process(order.orderId())).isInstanceOf(TransientFailureException.class);

        assertThat(processing.process(order.orderId())).isEqualTo(ProcessingOutcome.COMPLETED);
    }

    @Test
    void aRedeliveredMessageForAFinalOrderChangesNothing() {
        Order order = stored(anOrder().build());
        processing.process(order.orderId());
        long version = orders.findById(order.orderId()).orElseThrow().version();

        assertThat(processing.process(order.orderId())).isEqualTo(ProcessingOutcome.ALREADY_FINAL);
        assertThat(orders.findById(order.orderId()).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void givingUpRefundsAndFailsTheOrderWithTheLastError() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        payments.charge(order);

        assertThat(processing.giveUp(order.orderId(), "Payment provider timed out")).isEqualTo(ProcessingOutcome.GAVE_UP);
        assertThat(payments.refunds()).containsExactly(order.orderId());
        assertThat(orders.findById(order.orderId()).orElseThrow().failureReason())
                .isEqualTo(FailureReasons.gaveUp("Payment provider timed out"));
    }

    @Test
    void givingUpFailsTheOrderBeforeItCancelsThePayment() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        var statusAtCancel = new ArrayList<OrderStatus>();
        payments.onCancel(() -> statusAtCancel.add(statusOf(order)));

        processing.giveUp(order.orderId(), "Payment provider timed out");

        assertThat(statusAtCancel).containsExactly(OrderStatus.FAILED);
    }

    @Test
    void aDeliveryStillChargingWhenTheOrderIsGivenUpChargesNothing() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        // The give-up of an earlier delivery's last receive lands while this one charges.
        payments.whileCharging(() -> processing.giveUp(order.orderId(), "Payment provider timed out"));

        processing.process(order.orderId());

        assertThat(payments.status(order.orderId())).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void givingUpGivesBackTheStockTheOrderReserved() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        inventory.reserve(order);

        processing.giveUp(order.orderId(), "Order store unavailable");

        assertThat(inventory.available("PEN-0042")).isEqualTo(10);
    }

    @Test
    void aDeliveryThatReservedWhileTheOrderWasGivenUpGivesTheStockBack() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        // The give-up of an earlier delivery's last receive lands between this one's reservation and completion.
        inventory.afterReserving(() -> processing.giveUp(order.orderId(), "Order store unavailable"));

        processing.process(order.orderId());

        assertThat(inventory.available("PEN-0042")).isEqualTo(10);
    }

    @Test
    void aDeliveryThatChargedWhileTheOrderWasGivenUpRefundsIt() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        inventory.afterReserving(() -> processing.giveUp(order.orderId(), "Order store unavailable"));

        processing.process(order.orderId());

        assertThat(payments.status(order.orderId())).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aTwinDeliveryThatCompletedFirstLeavesTheChargeInPlace() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        var twinRan = new AtomicBoolean();
        // A second delivery of the same message, in another container, completes the order in between.
        inventory.afterReserving(() -> {
            if (twinRan.compareAndSet(false, true)) {
                processing.process(order.orderId());
            }
        });

        processing.process(order.orderId());

        assertThat(payments.status(order.orderId())).isEqualTo(PaymentStatus.CHARGED);
    }

    @Test
    void aTwinDeliveryThatCompletedFirstLeavesTheStockReserved() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        var twinRan = new AtomicBoolean();
        inventory.afterReserving(() -> {
            if (twinRan.compareAndSet(false, true)) {
                processing.process(order.orderId());
            }
        });

        processing.process(order.orderId());

        assertThat(inventory.available("PEN-0042")).isEqualTo(8);
    }

    @Test
    void aRetryOfAGiveUpInterruptedBeforeTheCancelRefundsThePayment() {
        Order order = stored(anOrder().withStatus(OrderStatus.PROCESSING).build());
        payments.charge(order);
        orders.markFailed(order.orderId(), OrderStatus.PROCESSING, FailureReasons.gaveUp("Payment provider timed out"));

        processing.process(order.orderId());

        assertThat(payments.status(order.orderId())).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void anOrderThatDoesNotExistIsNotFound() {
        assertThat(processing.process("00000000-0000-4000-8000-000000000000")).isEqualTo(ProcessingOutcome.NOT_FOUND);
    }
}
