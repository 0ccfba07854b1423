package com.example.orders.localruntime.events;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Where a local pipe sends what it renders, as an {@code AWS::Pipes::Pipe}'s Target names it: a
 * queue (one message per record) or a topic (one publication per record, without message
 * attributes, as Pipes publishes). Failures are thrown as the SDK throws them, for the pipe to
 * tell the target's refusals from the service's own errors.
 */
public sealed interface PipeTarget {

    void send(String message);

    static PipeTarget queue(SqsClient sqs, String queueUrl) {
        return new Queue(sqs, queueUrl);
    }

    static PipeTarget topic(SnsClient sns, String topicArn) {
        return new Topic(sns, topicArn);
    }

    record Queue(SqsClient sqs, String queueUrl) implements PipeTarget {
        @Override
        public void send(String message) {
            sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(message));
        }
    }

    record Topic(SnsClient sns, String topicArn) implements PipeTarget {
        @Override
        public void send(String message) {
            sns.publish(request -> request.topicArn(topicArn).message(message));
        }
    }
}
