package com.example.orders.benchmarks.function;

import com.example.orders.benchmarks.probe.EventKind;
import java.nio.file.Path;

/** The functions the benchmarks measure: where their templates define them, and what invokes them. */
public enum BenchmarkedFunction {

    CREATE("CreateOrderFunction", EventKind.CREATE_REQUEST),
    QUERY("QueryOrdersFunction", EventKind.LIST_REQUEST),
    PROCESS("ProcessOrdersFunction", EventKind.PROCESSING_BATCH),
    NOTIFY("NotifyCustomerFunction", EventKind.STATUS_NOTIFICATION);

    /** The nested stack that defines all four. */
    private static final String TEMPLATE = "functions.yaml";

    private final String logicalId;
    private final EventKind trigger;

    BenchmarkedFunction(String logicalId, EventKind trigger) {
        this.logicalId = logicalId;
        this.trigger = trigger;
    }

    public EventKind trigger() {
        return trigger;
    }

    public DeployedFunction deployedFrom(Path deployDirectory) {
        return DeployedFunction.read(deployDirectory, TEMPLATE, logicalId);
    }
}
