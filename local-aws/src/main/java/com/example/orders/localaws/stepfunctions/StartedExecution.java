package com.example.orders.localaws.stepfunctions;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** An execution {@link LocalStepFunctionsService} started, and its end once it has one. */
record StartedExecution(
        String executionArn,
        String stateMachineArn,
        String name,
        String inputJson,
        Instant startDate,
        CompletableFuture<Execution> run,
        CompletableFuture<StoppedExecution> stopped) {

    String status() {
        return stopped.isDone() ? stopped.join().execution().status() : "RUNNING";
    }
}
