package com.example.orders.cloudformation;

import java.util.Map;

/** What Lambda itself puts into every function's environment, beside the template's variables. */
final class LambdaRuntime {

    static final Map<String, String> ENVIRONMENT = Map.of(
            "AWS_REGION", "eu-west-1",
            "AWS_DEFAULT_REGION", "eu-west-1",
            "AWS_ACCESS_KEY_ID", "ASIAEXAMPLEEXAMPLE00",
            "AWS_SECRET_ACCESS_KEY", "example-secret-access-key",
            "AWS_SESSION_TOKEN", "example-session-token",
            "AWS_LAMBDA_FUNCTION_NAME", "test-function",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");

    private LambdaRuntime() {}
}
