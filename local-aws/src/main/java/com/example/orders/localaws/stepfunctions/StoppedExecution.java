package com.example.orders.localaws.stepfunctions;

import java.time.Instant;

/** How and when an execution ended, as DescribeExecution reports it. */
record StoppedExecution(Execution execution, Instant stopDate) {
}
