package com.example.orders.localaws;

import java.util.List;

/**
 * The AWS services the platform uses, with the environment variables through which the AWS SDKs
 * (Java v2 from 2.21, boto3, the AWS CLI) pick up a service-specific endpoint.
 */
public enum AwsService {
    DYNAMODB("AWS_ENDPOINT_URL_DYNAMODB"),
    DYNAMODB_STREAMS("AWS_ENDPOINT_URL_DYNAMODB_STREAMS"),
    SQS("AWS_ENDPOINT_URL_SQS"),
    SNS("AWS_ENDPOINT_URL_SNS"),
    // SES v1 and v2 are one service behind one endpoint, but each SDK client reads its own variable.
    SES("AWS_ENDPOINT_URL_SES", "AWS_ENDPOINT_URL_SESV2"),
    /** Step Functions' API (StartExecution, DescribeExecution); executions run elsewhere locally. */
    SFN("AWS_ENDPOINT_URL_SFN"),
    /** Artifact storage: the bucket `aws cloudformation package` uploads templates and code to. */
    S3("AWS_ENDPOINT_URL_S3"),
    /** Stacks, for deployment rehearsals and for reading a stage's outputs (bin/smoke --stack). */
    CLOUDFORMATION("AWS_ENDPOINT_URL_CLOUDFORMATION"),
    /** API Gateway's management API: the value of a stage's API key. */
    API_GATEWAY("AWS_ENDPOINT_URL_API_GATEWAY"),
    /** The secret sealing page cursors. */
    SECRETS_MANAGER("AWS_ENDPOINT_URL_SECRETS_MANAGER");

    private final List<String> endpointVariables;

    AwsService(String... endpointVariables) {
        this.endpointVariables = List.of(endpointVariables);
    }

    public List<String> endpointVariables() {
        return endpointVariables;
    }
}
