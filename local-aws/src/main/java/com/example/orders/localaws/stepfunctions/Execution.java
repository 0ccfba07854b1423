package com.example.orders.localaws.stepfunctions;

/**
 * How a state machine execution ended. {@code status} is {@value #SUCCEEDED} (with
 * {@code outputJson}) or {@value #FAILED} (with {@code error} and {@code cause}), as Step
 * Functions' DescribeExecution reports them.
 */
public record Execution(String status, String outputJson, String error, String cause) {

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }
}
