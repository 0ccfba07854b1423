package com.example.orders.localruntime.console;

import java.net.URI;

/**
 * The AWS CLI command that moves every message of a dead-letter queue back to the queue it came
 * from (StartMessageMoveTask without a destination), against the local SQS. The dummy
 * credentials are part of the command, so it works as pasted on a machine without AWS
 * credentials, and can never touch a real account.
 */
public record RedriveCommand(String deadLetterQueueArn, URI sqsEndpoint, String region) {

    public String text() {
        return "AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws sqs start-message-move-task --source-arn %s --endpoint-url %s --region %s"
                .formatted(deadLetterQueueArn, sqsEndpoint, region);
    }
}
