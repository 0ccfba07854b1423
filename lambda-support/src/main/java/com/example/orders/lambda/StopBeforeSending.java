package com.example.orders.lambda;

import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * For SnapStart priming of calls that must not happen: an SDK client built with this interceptor
 * runs a request's whole path (validation, marshalling, endpoint, signing, the interceptors) and
 * stops it just before it would be sent. A function primes its sends (an email, a text) this way
 * on a client of its own, and the classes and code paths its real client uses are ready in the
 * snapshot without anyone receiving anything.
 */
public final class StopBeforeSending implements ExecutionInterceptor {

    /** Thrown in place of sending; what a priming call expects, and nothing else. */
    public static final class Stopped extends RuntimeException {

        Stopped() {
            super("Stopped before sending: SnapStart priming", null, false, false);
        }
    }

    /** The client {@code builder} builds, with this interceptor: for priming only, and closed after it. */
    public static <B extends SdkClientBuilder<B, C>, C> C client(B builder) {
        return builder.overrideConfiguration(override -> override.addExecutionInterceptor(new StopBeforeSending())).build();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        throw new Stopped();
    }

    /** Runs {@code call}, which must be stopped before it is sent; anything else is a failure of the priming. */
    public static void prime(String what, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException failure) {
            // The SDK, or an adapter translating its failures, may wrap the stop.
            if (causedByStop(failure)) {
                return;
            }
            throw new IllegalStateException("Priming " + what + " failed: it was not stopped before sending", failure);
        }
        throw new IllegalStateException("Priming " + what + " was sent: its client lacks " + StopBeforeSending.class.getSimpleName());
    }

    private static boolean causedByStop(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Stopped) {
                return true;
            }
        }
        return false;
    }
}
