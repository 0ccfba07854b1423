package com.example.orders.localruntime.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** The context's logger: to standard output, one line per call, where Lambda would write to CloudWatch Logs. */
record ConsoleLambdaLogger() implements LambdaLogger {

    @Override
    public void log(String message) {
        System.out.println(message.stripTrailing());
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
