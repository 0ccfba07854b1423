package com.example.orders.localaws.stepfunctions;

import java.util.Map;

/**
 * What a Task state reaches when a definition runs locally: usually a Lambda handler called in
 * this JVM. An exception thrown here is the task's error, named by the exception's fully qualified
 * class name (as AWS Lambda's Java runtime reports it, so a definition's {@code ErrorEquals} work
 * unchanged) with the exception's message as its cause.
 */
@FunctionalInterface
public interface TaskFunction {

    Map<String, Object> invoke(String resourceArn, Map<String, Object> input) throws Exception;
}
