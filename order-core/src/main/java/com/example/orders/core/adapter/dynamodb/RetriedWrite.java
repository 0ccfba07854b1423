package com.example.orders.core.adapter.dynamodb;

import com.example.orders.core.order.OrderStoreBusyException;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * A write that DynamoDB may refuse for now: a transaction cancelled by another one on the same
 * items (TransactionConflict, which the SDK does not retry), a write that met a transaction in
 * progress, or throttling that outlasted the SDK's own retries. Such a write is tried again a few
 * times, with jittered backoff, inside the same request; if the store stays busy the caller gets
 * {@link OrderStoreBusyException}, which the API answers with 503 and Retry-After.
 */
final class RetriedWrite {

    static final int ATTEMPTS = 3;
    private static final long FIRST_BACKOFF_MILLIS = 20;

    private RetriedWrite() {
    }

    static void run(String what, Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (RuntimeException refused) {
                if (!isBusy(refused)) {
                    throw refused;
                }
                if (attempt == ATTEMPTS) {
                    throw new OrderStoreBusyException(what + " refused " + ATTEMPTS + " times: " + refused.getMessage(), refused);
                }
                pause(attempt);
            }
        }
    }

    static boolean isBusy(RuntimeException refused) {
        if (refused instanceof TransactionCanceledException cancelled) {
            return cancelled.hasCancellationReasons() && cancelled.cancellationReasons().stream()
                    .anyMatch(reason -> "TransactionConflict".equals(reason.code()))
                    && cancelled.cancellationReasons().stream()
                    .noneMatch(reason -> "ConditionalCheckFailed".equals(reason.code()));
        }
        return refused instanceof TransactionConflictException
                || (refused instanceof SdkServiceException service && service.isThrottlingException());
    }

    private static void pause(int attempt) {
        long backoff = FIRST_BACKOFF_MILLIS << (attempt - 1);
        try {
            Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(backoff));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new OrderStoreBusyException("Interrupted while waiting to retry", interrupted);
        }
    }
}
