package com.example.orders.order.process;

import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.LocalAws;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/**
 * A state machine on moto's Step Functions API: enough to see which executions were started
 * (moto does not run them; the workflow issue runs the real definition).
 */
final class MotoStateMachine implements AutoCloseable {

    private final SfnClient sfn;
    private final String arn;

    MotoStateMachine(LocalAws aws) {
        this.sfn = SfnClient.builder()
                .endpointOverride(aws.endpoint(AwsService.SFN))
                .region(aws.region())
                .credentialsProvider(aws.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        this.arn = sfn.createStateMachine(r -> r.name("order-workflow-" + UUID.randomUUID())
                .roleArn("arn:aws:iam::000000000000:role/order-workflow")
                .definition("{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Pass\",\"End\":true}}}"))
                .stateMachineArn();
    }

    String arn() {
        return arn;
    }

    List<String> executionNames() {
        return sfn.listExecutions(r -> r.stateMachineArn(arn)).executions().stream()
                .map(ExecutionListItem::name)
                .toList();
    }

    @Override
    public void close() {
        sfn.close();
    }
}
