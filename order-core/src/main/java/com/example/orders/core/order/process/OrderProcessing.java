package com.example.orders.core.order.process;

import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderRepository;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.order.Transition;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Processes one order: PENDING to PROCESSING, then payment, then inventory, then COMPLETED; an
 * inventory failure refunds the payment (the compensating transaction) and ends FAILED with
 * the reason. Orders at or above the workflow threshold go to the Step Functions workflow
 * instead. It only stores: every status change is announced by the table's stream (the
 * status-events pipe), because it was stored, never beside the write.
 *
 * <p>Safe to run twice for the same order, in sequence or at once: the status moves are
 * conditional, the charge and the reservation are idempotent per order, so a redelivered
 * message never charges or reserves twice. A final order is left alone.
 */
public final class OrderProcessing {

    private final OrderRepository orders;
    private final Payments payments;
    private final Inventory inventory;
    private final Optional<WorkflowStarter> workflow;
    private final BigDecimal workflowThreshold;

    public OrderProcessing(OrderRepository orders, Payments payments, Inventory inventory,
            Optional<WorkflowStarter> workflow, BigDecimal workflowThreshold) {
        this.orders = orders;
        this.payments = payments;
        this.inventory = inventory;
        this.workflow = workflow;
        this.workflowThreshold = workflowThreshold;
    }

    /** @throws TransientFailureException when a step may succeed on a retry */
    public ProcessingOutcome process(String orderId) {
        Optional<Order> found = orders.findById(orderId);
        if (found.isEmpty()) {
            return ProcessingOutcome.NOT_FOUND;
        }
        Order order = found.get();
        if (order.status().isFinal()) {
            if (order.status() == OrderStatus.FAILED) {
                // A give-up that stopped between marking the order and undoing its payment and
                // reservation finishes here, when its message is retried or redriven.
                undo(order);
            }
            return ProcessingOutcome.ALREADY_FINAL;
        }
        if (order.status() == OrderStatus.PENDING) {
            Transition started = orders.transition(order, OrderStatus.PROCESSING);
            if (started instanceof Transition.Moved moved) {
                order = moved.order();
            } else {
                // Another delivery moved it first; carry on from what is stored now.
                return process(orderId);
            }
        }
        if (workflow.isPresent() && order.total().amount().compareTo(workflowThreshold) >= 0) {
            workflow.get().start(order);
            return ProcessingOutcome.HANDED_TO_WORKFLOW;
        }
        PaymentStatus payment = payments.charge(order);
        if (payment == PaymentStatus.CANCELLED) {
            // Given up on by another delivery meanwhile: that one failed the order.
            return ProcessingOutcome.ALREADY_FINAL;
        }
        if (payment != PaymentStatus.CHARGED) {
            fail(order, FailureReasons.PAYMENT_DECLINED);
            return ProcessingOutcome.DECLINED;
        }
        if (inventory.reserve(order) instanceof Reservation.OutOfStock outOfStock) {
            payments.refund(orderId);
            fail(order, FailureReasons.outOfStock(outOfStock.sku()));
            return ProcessingOutcome.OUT_OF_STOCK;
        }
        // The order as this delivery moved or read it: if anyone changed it since, the write is refused.
        Transition completed = orders.transition(order, OrderStatus.COMPLETED);
        if (!(completed instanceof Transition.Moved)) {
            if (completed instanceof Transition.Refused refused && refused.current() == OrderStatus.FAILED) {
                // Given up on while this delivery charged and reserved: what it took goes back.
                undo(order);
            }
            // Otherwise a twin delivery completed it first, with the same (idempotent) charge and stock.
            return ProcessingOutcome.ALREADY_FINAL;
        }
        return ProcessingOutcome.COMPLETED;
    }

    /** A FAILED order keeps no payment and no stock: both are given back (each once at most). */
    private void undo(Order order) {
        payments.cancel(order.orderId());
        inventory.release(order);
    }

    /**
     * Ends an order whose retries are used up: marks it FAILED with the last error, then cancels
     * its payment (refunding a charge, stopping one still on its way) and releases its stock. In
     * that order, because a duplicate delivery may be charging at this very moment: once the order is FAILED and the payment cancelled, no charge can land, and a
     * delivery that reserved meanwhile finds the order FAILED and gives the stock back itself.
     * Nothing happens to a final order. A give-up interrupted after the mark is finished by
     * {@link #process} on a retry.
     */
    public ProcessingOutcome giveUp(String orderId, String lastError) {
        Optional<Order> found = orders.findById(orderId);
        if (found.isEmpty() || found.get().status().isFinal()) {
            return found.isEmpty() ? ProcessingOutcome.NOT_FOUND : ProcessingOutcome.ALREADY_FINAL;
        }
        Order order = found.get();
        Transition failed = orders.markFailed(orderId, order.status(), FailureReasons.gaveUp(lastError));
        if (!(failed instanceof Transition.Moved)) {
            // Another delivery moved it meanwhile; decide again from what is stored now.
            return giveUp(orderId, lastError);
        }
        undo(order);
        return ProcessingOutcome.GAVE_UP;
    }

    private void fail(Order order, String reason) {
        orders.markFailed(order.orderId(), order.status(), reason);
    }
}
