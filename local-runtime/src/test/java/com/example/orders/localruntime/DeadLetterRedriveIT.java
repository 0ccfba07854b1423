package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.console.RedriveCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The printed redrive command, run with the AWS CLI against ElasticMQ. */
class DeadLetterRedriveIT {

    private static EmbeddedLocalAws aws;
    private static PlatformResources resources;

    @BeforeAll
    static void start() {
        aws = EmbeddedLocalAws.start();
        resources = aws.provision("redrive");
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    /** Received and not deleted as often as the redrive policy allows, as a failing processor would. */
    private static void deadLetter(String body) {
        aws.sqs().sendMessage(request -> request.queueUrl(resources.processingQueueUrl()).messageBody(body));
        Eventually.get("the message in the dead-letter queue", Duration.ofSeconds(20), () -> {
            aws.sqs().receiveMessage(request -> request.queueUrl(resources.processingQueueUrl())
                    .visibilityTimeout(0).waitTimeSeconds(1));
            return depth(resources.deadLetterQueueUrl());
        }, depth -> depth == 1);
    }

    private static int depth(String queueUrl) {
        return Integer.parseInt(aws.sqs().getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    private static String run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void theRedriveCommandMovesDeadLettersBackToTheProcessingQueue() throws Exception {
        deadLetter("retry me");
        String dlqArn = aws.sqs().getQueueAttributes(request -> request.queueUrl(resources.deadLetterQueueUrl())
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        var command = new RedriveCommand(dlqArn, aws.endpoint(AwsService.SQS), aws.region().id());

        run(command.text());

        List<Message> redriven = Eventually.get("the message back on the processing queue", Duration.ofSeconds(20),
                () -> aws.sqs().receiveMessage(request -> request.queueUrl(resources.processingQueueUrl())
                        .waitTimeSeconds(1)).messages(), messages -> !messages.isEmpty());
        assertThat(redriven).extracting(Message::body).containsExactly("retry me");
    }
}
