package com.example.orders.core.order.process;

import com.example.orders.core.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A payment provider for unit tests: answers what it is told to, once per order, and keeps what happened. */
public final class FakePayments implements Payments {

    private final Map<String, PaymentStatus> ledger = new ConcurrentHashMap<>();
    private final List<String> refunds = new ArrayList<>();
    private PaymentStatus answer = PaymentStatus.CHARGED;
    private int timeoutsLeft;
    private Runnable whileCharging = () -> { };
    private Runnable onCancel = () -> { };

    public FakePayments declining() {
        answer = PaymentStatus.DECLINED;
        return this;
    }

    public FakePayments timingOut(int times) {
        timeoutsLeft = times;
        return this;
    }

    /** Runs {@code interruption} in the middle of each charge, as a concurrent delivery would. */
    public FakePayments whileCharging(Runnable interruption) {
        whileCharging = interruption;
        return this;
    }

    /** Runs {@code observer} at the start of each cancel. */
    public FakePayments onCancel(Runnable observer) {
        onCancel = observer;
        return this;
    }

    @Override
    public PaymentStatus charge(Order order) {
        whileCharging.run();
        if (timeoutsLeft > 0) {
            timeoutsLeft--;
            throw new TransientFailureException("Payment provider timed out");
        }
        return ledger.computeIfAbsent(order.orderId(), id -> answer);
    }

    @Override
    public void refund(String orderId) {
        if (ledger.replace(orderId, PaymentStatus.CHARGED, PaymentStatus.REFUNDED)) {
            refunds.add(orderId);
        }
    }

    @Override
    public void cancel(String orderId) {
        onCancel.run();
        if (ledger.putIfAbsent(orderId, PaymentStatus.CANCELLED) != null) {
            refund(orderId);
        }
    }

    public PaymentStatus status(String orderId) {
        return ledger.get(orderId);
    }

    public List<String> refunds() {
        return refunds;
    }
}
