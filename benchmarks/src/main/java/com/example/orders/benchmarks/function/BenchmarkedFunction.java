package com.example.orders.benchmarks.function;

import com.example.orders.benchmarks.probe.EventKind;
import java.nio.file.Path;

/** The functions the benchmarks measure: where their templates define them, and what invokes them. */
public enum BenchmarkedFunction {

    CREATE("CreateOrderFunction", "functions.yaml", EventKind.CREATE_REQUEST),
    QUERY("QueryOrdersFunction", "functions.yaml", EventKind.LIST_REQUEST),
    PROCESS("ProcessOrdersFunction", "functions.yaml", EventKind.PROCESSING_BATCH),
    NOTIFY("NotifyCustomerFunction", "functions.yaml", EventKind.STATUS_NOTIFICATION),
    RECONCILE("ReconcileOrdersFunction", "functions.yaml", EventKind.SCHEDULE),
    WORKFLOW("WorkflowTasksFunction", "workflow.yaml", EventKind.WORKFLOW_TASK);

    private final String logicalId;
    /** The nested stack that defines it. */
    private final String template;
    private final EventKind trigger;

    BenchmarkedFunction(String logicalId, String template, EventKind trigger) {
        this.logicalId = logicalId;
        this.template = template;
        this.trigger = trigger;
    }

    public EventKind trigger() {
        return trigger;
    }

    public DeployedFunction deployedFrom(Path deployDirectory) {
        return DeployedFunction.read(deployDirectory, template, logicalId);
    }
}
