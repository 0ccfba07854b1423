package com.example.orders.localaws.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.localaws.Eventually;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

class LocalStepFunctionsServiceTest {

    private static final String STATE_MACHINE = "arn:aws:states:eu-west-1:000000000000:stateMachine:fulfil-order";
    private static final String DEFINITION = """
            {"StartAt": "Reserve", "States": {
              "Reserve": {"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:000000000000:function:reserve",
                "ResultPath": "$.reservation", "End": true}}}
            """;
    private static final Duration COMPLETION = Duration.ofSeconds(30);

    private final CountDownLatch reservationsAllowed = new CountDownLatch(1);
    private LocalStepFunctionsService service;
    private SfnClient sfn;

    @BeforeEach
    void start() {
        service = LocalStepFunctionsService.start();
        service.register(STATE_MACHINE, DEFINITION, (resource, input) -> {
            reservationsAllowed.await();
            return Map.of("reserved", true);
        });
        sfn = SfnClient.builder()
                .endpointOverride(service.endpoint())
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterEach
    void stop() {
        reservationsAllowed.countDown();
        sfn.close();
        service.close();
    }

    @Test
    void startedExecutionIsRunningUntilItsTasksFinish() {
        String executionArn = sfn.startExecution(start -> start.stateMachineArn(STATE_MACHINE).name("order-1").input("{}"))
                .executionArn();

        assertThat(sfn.describeExecution(describe -> describe.executionArn(executionArn)).status())
                .isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void startedExecutionRunsToSucceededWithItsOutput() {
        reservationsAllowed.countDown();
        String executionArn = sfn.startExecution(start -> start.stateMachineArn(STATE_MACHINE).name("order-1")
                        .input("{\"orderId\": \"o-1\"}"))
                .executionArn();

        DescribeExecutionResponse described = Eventually.get("SUCCEEDED", COMPLETION,
                () -> sfn.describeExecution(describe -> describe.executionArn(executionArn)),
                execution -> execution.status() != ExecutionStatus.RUNNING);

        assertThat(described.output()).isEqualTo("{\"orderId\":\"o-1\",\"reservation\":{\"reserved\":true}}");
    }

    @Test
    void secondExecutionWithTheSameNameIsRefused() {
        reservationsAllowed.countDown();
        String executionArn = sfn.startExecution(start -> start.stateMachineArn(STATE_MACHINE).name("order-1").input("{}"))
                .executionArn();
        Eventually.get("SUCCEEDED", COMPLETION,
                () -> sfn.describeExecution(describe -> describe.executionArn(executionArn)).status(),
                status -> status == ExecutionStatus.SUCCEEDED);

        assertThatThrownBy(() -> sfn.startExecution(start -> start.stateMachineArn(STATE_MACHINE).name("order-1").input("{}")))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
    }

    @Test
    void repeatedStartOfARunningExecutionWithTheSameInputReturnsIt() {
        String first = sfn.startExecution(start -> start.stateMachineArn(STATE_MACHINE).name("order-1").input("{}"))
                .executionArn();

        String repeated = sfn.startExecution(start -> start.stateMachineArn(STATE_MACHINE).name("order-1").input("{}"))
                .executionArn();

        assertThat(repeated).isEqualTo(first);
    }

    @Test
    void listedExecutionsAreThoseOfTheStateMachine() {
        String executionArn = sfn.startExecution(start -> start.stateMachineArn(STATE_MACHINE).name("order-1").input("{}"))
                .executionArn();

        assertThat(sfn.listExecutions(list -> list.stateMachineArn(STATE_MACHINE)).executions())
                .extracting(execution -> execution.executionArn())
                .containsExactly(executionArn);
    }
}
