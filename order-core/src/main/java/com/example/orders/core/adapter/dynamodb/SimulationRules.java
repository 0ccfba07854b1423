package com.example.orders.core.adapter.dynamodb;

/**
 * How the simulated payment provider decides, deterministically, from the customer id, so a
 * person can walk every path locally (the README lists these):
 * <ul>
 *   <li>{@code decline-...}: the payment is declined; the order ends FAILED, nothing reserved.</li>
 *   <li>{@code flaky-...}: the provider times out on the first two attempts, then charges.</li>
 *   <li>{@code poison-...}: the provider times out on every attempt; after the queue's last
 *       receive the order ends FAILED and the message goes to the dead-letter queue.</li>
 * </ul>
 * Stock is real data: the inventory table's {@code available} count per SKU; a SKU with too
 * little (or no row) is out of stock, which refunds the payment.
 */
public final class SimulationRules {

    public static final String DECLINE_PREFIX = "decline-";
    public static final String FLAKY_PREFIX = "flaky-";
    public static final String POISON_PREFIX = "poison-";
    /** Attempts a flaky payment fails before it succeeds. */
    public static final int FLAKY_FAILURES = 2;

    private SimulationRules() {
    }

    static boolean declines(String customerId) {
        return customerId.startsWith(DECLINE_PREFIX);
    }

    static boolean timesOut(String customerId, long attempt) {
        return customerId.startsWith(POISON_PREFIX)
                || (customerId.startsWith(FLAKY_PREFIX) && attempt <= FLAKY_FAILURES);
    }
}
