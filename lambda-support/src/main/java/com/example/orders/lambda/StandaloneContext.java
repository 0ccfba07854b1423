package com.example.orders.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The Lambda context of an invocation that Lambda's runtime did not make: a function priming
 * itself before a snapshot, or a benchmark invoking a handler. It names the function and its
 * memory, and logs to standard output as Lambda's logger does.
 */
public record StandaloneContext(String functionName, int memoryLimitInMB, String awsRequestId) implements Context {

    /** The context of a function priming itself: no runtime tells it its memory. */
    public static StandaloneContext priming(String functionName) {
        return new StandaloneContext(functionName, 0, "snapstart-priming");
    }

    /** A context with a new request id. */
    public static StandaloneContext of(String functionName, int memoryLimitInMB) {
        return new StandaloneContext(functionName, memoryLimitInMB, UUID.randomUUID().toString());
    }

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "standalone";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 10_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryLimitInMB;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                System.out.print(message);
            }

            @Override
            public void log(byte[] message) {
                System.out.print(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
