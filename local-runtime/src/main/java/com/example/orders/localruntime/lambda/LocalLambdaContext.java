package com.example.orders.localruntime.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.example.orders.localaws.LocalAws;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The Lambda context of one local invocation, with the names Lambda would give: the function's
 * ARN in the local account, its log group, {@code $LATEST}. The remaining time counts down to
 * {@code deadlineNanos}, a {@link System#nanoTime()} reading.
 */
public record LocalLambdaContext(
        String awsRequestId,
        String functionName,
        int memoryLimitInMB,
        long deadlineNanos,
        LambdaLogger logger) implements Context {

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
        return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/[$LATEST]local";
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
        return functionArn(functionName);
    }

    /** The ARN a function of this name has in the local account and region. */
    public static String functionArn(String functionName) {
        return "arn:aws:lambda:%s:%s:function:%s".formatted(LocalAws.REGION.id(), LocalAws.ACCOUNT_ID, functionName);
    }

    /** Only set for invocations from the AWS Mobile SDK. */
    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    /** Only set for invocations from the AWS Mobile SDK. */
    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryLimitInMB;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
