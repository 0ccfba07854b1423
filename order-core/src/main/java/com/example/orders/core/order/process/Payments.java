package com.example.orders.core.order.process;

import com.example.orders.core.order.Order;

/** The payment provider, as processing needs it: charge an order's total once, give it back. */
public interface Payments {

    /**
     * Charges the order's total once: a repeated charge of the same order charges nothing more.
     *
     * @return CHARGED (now or before), DECLINED, or REFUNDED when it was charged and given back
     * @throws TransientFailureException when the provider did not answer; retrying may succeed
     */
    PaymentStatus charge(Order order);

    /** Gives back what the order was charged; nothing happens when it was not charged, or already refunded. */
    void refund(String orderId);

    /**
     * Ends the order's payment for good: refunds a charge, and makes any charge not yet made
     * answer CANCELLED, so a delivery still on its way to charging cannot charge an order that
     * was given up on. Cancelling twice does nothing more.
     */
    void cancel(String orderId);
}
