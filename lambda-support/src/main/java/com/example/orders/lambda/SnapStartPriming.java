package com.example.orders.lambda;

import com.example.orders.core.adapter.dynamodb.CannedDynamoDbResponses;
import com.example.orders.core.money.Currency;
import com.example.orders.core.money.Money;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.core.order.OrderLine;
import com.example.orders.core.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Primes a function before SnapStart snapshots it (CRaC's {@code beforeCheckpoint}, which
 * Lambda runs once when it publishes a version): the function runs its own request path on data
 * that cannot exist, so the classes, Jackson's and the validator's caches and the SDK's
 * marshallers it loads are in the snapshot instead of being loaded by the first request after
 * every restore. Without SnapStart ({@code $LATEST}, the local runtime) the hook never runs.
 *
 * <p>CRaC holds its resources weakly: the function keeps the returned instance in a field.
 */
public final class SnapStartPriming implements Resource {

    /** An order id no order has: order ids are random (version 4) UUIDs, this is the nil UUID. */
    public static final String NO_SUCH_ORDER = "00000000-0000-0000-0000-000000000000";
    /** A SKU no one stocks: reserving it is refused, and nothing is written. */
    public static final String UNSTOCKED_SKU = "SNAPSTART-PRIMING-NOT-STOCKED";

    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

    private final String function;
    private final SnapStartPrimed primed;

    private SnapStartPriming(String function, SnapStartPrimed primed) {
        this.function = function;
        this.primed = primed;
    }

    /**
     * The order a rehearsal works on: {@link #NO_SUCH_ORDER}'s id, one line of {@link #UNSTOCKED_SKU},
     * last changed in 1970, in {@code status}. Real clients never find it; canned answers do.
     */
    public static Order order(OrderStatus status) {
        return order(status, new Customer("snapstart-priming", null, null));
    }

    /** {@link #order(OrderStatus)}, placed by {@code customer}. */
    public static Order order(OrderStatus status, Customer customer) {
        Money price = Money.of(new BigDecimal("1.00"), Currency.of("EUR").orElseThrow());
        return new Order(NO_SUCH_ORDER, customer,
                List.of(new OrderLine(UNSTOCKED_SKU, "SnapStart priming", 1, price, price)), price, status, null, null,
                Instant.EPOCH, Instant.EPOCH, 1, "snapstart-priming");
    }

    /**
     * DynamoDB as a rehearsal of an order's processing finds it: the priming order PROCESSING to
     * every Query, a first charge attempt to every UpdateItem, success to everything else.
     */
    public static PrimingHttpClient dynamoDbProcessingAnOrder() {
        return PrimingHttpClient.answering("{}")
                .answering("Query", CannedDynamoDbResponses.queryFinding(List.of(order(OrderStatus.PROCESSING))))
                .answering("UpdateItem", CannedDynamoDbResponses.firstChargeAttempt());
    }

    /** Registers {@code primed} to be primed before a snapshot; keep the result referenced. */
    public static SnapStartPriming register(String function, SnapStartPrimed primed) {
        var priming = new SnapStartPriming(function, primed);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /**
     * Primes, and never fails the snapshot: an unprimed snapshot is only slower on its first
     * request, while a failed one fails the deployment.
     */
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        try {
            primed.prime();
            LOG.info("Primed {} for the snapshot in {} ms", function, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException failure) {
            LOG.warn("Priming {} failed; the snapshot is taken unprimed", function, failure);
        }
    }

    /** Nothing to renew: the SDK's clients reconnect by themselves after a restore. */
    @Override
    public void afterRestore(Context<? extends Resource> context) {
    }
}
