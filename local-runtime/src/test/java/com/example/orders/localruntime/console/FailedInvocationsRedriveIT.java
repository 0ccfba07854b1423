package com.example.orders.localruntime.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.EmbeddedLocalAws;
import com.example.orders.localaws.Eventually;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.events.RecordingNotifier;
import com.example.orders.localruntime.events.SnsEvents;
import com.example.orders.localruntime.lambda.AsyncInvocationPolicy;
import com.example.orders.localruntime.lambda.AsynchronousInvoker;
import com.example.orders.localruntime.lambda.LambdaInvokeApi;
import com.example.orders.localruntime.lambda.LocalEventFunction;
import com.example.orders.localruntime.templates.BundledTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * bin/redrive-failed-invocations, run exactly as the local platform prints it, against the local
 * SQS and the local Lambda API: a notification the notifier gave up on is invoked again from its
 * failure queue once the notifier works, and leaves the queue.
 */
class FailedInvocationsRedriveIT {

    private static final Path REPO = Path.of(System.getProperty("orders.repoRoot", ".."));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedLocalAws aws;
    private static PlatformResources resources;
    private static RecordingNotifier notifier;
    private static AsynchronousInvoker<SNSEvent> invoker;
    private static LambdaInvokeApi lambda;

    @BeforeAll
    static void start() {
        aws = EmbeddedLocalAws.start();
        resources = aws.provision("redrive");
        notifier = new RecordingNotifier();
        invoker = new AsynchronousInvoker<>(new LocalEventFunction<SNSEvent, Void>("order-notify-fn", Duration.ofSeconds(30), notifier),
                SnsEvents::decode,
                AsyncInvocationPolicy.of(BundledTemplates.resourceProperties("functions.yaml", "NotifyCustomerInvokeConfig")),
                Optional.of(new AsynchronousInvoker.OnFailureQueue(aws.sqs(), resources.notifyFailureQueueUrl())),
                Duration.ofMillis(20));
        lambda = LambdaInvokeApi.start(List.of(invoker));
    }

    @AfterAll
    static void stop() {
        lambda.close();
        invoker.close();
        aws.close();
    }

    private static JsonNode snsEvent(String message) throws IOException {
        return JSON.readTree("""
                {"Records":[{"EventSource":"aws:sns","EventVersion":"1.0","EventSubscriptionArn":"arn:aws:sns:us-east-1:000000000000:t:1",
                 "Sns":{"Type":"Notification","MessageId":"m-1","TopicArn":"arn:aws:sns:us-east-1:000000000000:t","Subject":null,
                 "Message":%s,"Timestamp":"2026-11-30T10:00:00.000Z","MessageAttributes":{}}}]}"""
                .formatted(JSON.writeValueAsString(message)));
    }

    @Test
    void aNotificationGivenUpOnIsInvokedAgainFromItsFailureQueue() throws Exception {
        notifier.failNext(3);
        invoker.accept(snsEvent("{\"orderId\":\"o-redriven\"}"));
        Eventually.get("the failure record", Duration.ofSeconds(10), () -> aws.queueDepth(resources.notifyFailureQueueUrl()), depth -> depth == 1);

        var command = new FailedInvocationsRedriveCommand(resources.notifyFailureQueueUrl(),
                aws.endpoint(AwsService.SQS), lambda.endpoint(), aws.region().id());
        Process redrive = new ProcessBuilder("bash", "-c", command.text()).directory(REPO.toFile()).redirectErrorStream(true).start();
        redrive.getOutputStream().close();
        String output = new String(redrive.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(redrive.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(redrive.exitValue()).as(output).isZero();
        assertThat(output).contains("1 invocation(s) redriven, 0 failed");
        Eventually.get("the redriven notification", Duration.ofSeconds(10), notifier::messages,
                messages -> messages.contains("{\"orderId\":\"o-redriven\"}"));
        assertThat(aws.queueDepth(resources.notifyFailureQueueUrl())).isZero();
    }
}
