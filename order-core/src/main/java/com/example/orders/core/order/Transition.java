package com.example.orders.core.order;

/** The outcome of {@link DynamoDbOrderRepository#transition}: a move, or why there was none. */
public sealed interface Transition {

    /** The order moved; this is it afterwards. */
    record Moved(Order order) implements Transition {
    }

    /**
     * The order was not in the expected state (another delivery of the same message got there
     * first, or it already moved on); nothing was written.
     */
    record Refused(OrderStatus current) implements Transition {
    }

    /** No order has that id. */
    record NotFound(String orderId) implements Transition {
    }
}
