package com.example.orders.lambda;

/**
 * A function that can run its own request path on data that cannot exist, without writing
 * anything: what {@link SnapStartPriming} runs before SnapStart takes the snapshot.
 */
public interface SnapStartPrimed {

    /** Runs the dry request path; reads only, and throws when the path is broken. */
    void prime();
}
