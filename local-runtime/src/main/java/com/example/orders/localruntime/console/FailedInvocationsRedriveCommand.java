package com.example.orders.localruntime.console;

import java.net.URI;

/**
 * The command that invokes a function again with each event its on-failure queue holds
 * (bin/redrive-failed-invocations), against the local SQS and the local Lambda API. The dummy
 * credentials are part of the command, so it works as pasted and can never touch a real account.
 */
public record FailedInvocationsRedriveCommand(String queueUrl, URI sqsEndpoint, URI lambdaEndpoint, String region) {

    public String text() {
        return ("AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_ENDPOINT_URL_SQS=%s AWS_ENDPOINT_URL_LAMBDA=%s "
                + "bin/redrive-failed-invocations --queue-url %s --region %s")
                .formatted(sqsEndpoint, lambdaEndpoint, queueUrl, region);
    }
}
