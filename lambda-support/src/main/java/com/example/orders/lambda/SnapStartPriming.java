package com.example.orders.lambda;

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

    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

    private final String function;
    private final SnapStartPrimed primed;

    private SnapStartPriming(String function, SnapStartPrimed primed) {
        this.function = function;
        this.primed = primed;
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
