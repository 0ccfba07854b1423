package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * bin/deploy's packaging, as a platform team runs it, against moto's S3: every nested template,
 * function artifact and state machine definition the assembled templates name by path is uploaded,
 * and the packaged templates name only what is in the bucket.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagingIT {

    private static final String BUCKET = "orders-artifacts-test";
    private static final String STAGE = "dev";

    private URI s3;
    private Map<String, String> environment;
    private Map<String, JsonNode> packaged;

    @BeforeAll
    void packageTheDevStage(LocalAws aws) throws Exception {
        s3 = aws.endpoint(AwsService.S3);
        environment = new HashMap<>(aws.environment());
        run(environment, "aws", "s3", "mb", "s3://" + BUCKET);
        run(environment, "bin/deploy", "--stage", STAGE, "--bucket", BUCKET, "--skip-build", "--package-only");
        packaged = new HashMap<>();
        JsonNode root = YamlDocuments.read(deployDirectory().resolve("packaged-" + STAGE + ".yaml"));
        packaged.put("root", root);
        for (JsonNode stack : stacks(root)) {
            URI location = URI.create(stack.path("Properties").path("TemplateURL").asText());
            packaged.put(location.getPath(), YamlDocuments.parse(object(key(location))));
        }
    }

    @Test
    void everyNestedTemplateIsInTheBucket() {
        assertThat(stacks(packaged.get("root")))
                .hasSize(Templates.NAMES.size() - 1)
                .allSatisfy(stack -> assertThat(stack.path("Properties").path("TemplateURL").asText())
                        .startsWith(s3 + "/" + BUCKET + "/orders-platform/" + STAGE + "/"));
    }

    @Test
    void everyFunctionsCodeIsItsArtifactInTheBucket() throws Exception {
        List<JsonNode> code = resources("AWS::Lambda::Function").stream()
                .map(function -> function.path("Properties").path("Code"))
                .toList();
        assertThat(code).hasSize(DeployedFunction.all().size());
        for (JsonNode location : code) {
            assertThat(location.path("S3Bucket").asText()).isEqualTo(BUCKET);
            assertThat(objectSize(location.path("S3Key").asText())).isGreaterThan(1_000_000L);
        }
    }

    @Test
    void stateMachineDefinitionIsTheWorkflowFileInTheBucket() throws Exception {
        JsonNode location = resources("AWS::StepFunctions::StateMachine").getFirst()
                .path("Properties").path("DefinitionS3Location");
        assertThat(location.path("Bucket").asText()).isEqualTo(BUCKET);
        String uploaded = object(location.path("Key").asText());
        assertThat(uploaded).isEqualTo(Templates.readRepoFile("order-workflow/src/main/resources/order-workflow.asl.json"));
    }

    @Test
    void apiIsDefinedInlineByTheDeploySpec() {
        JsonNode api = resources("AWS::ApiGateway::RestApi").getFirst().path("Properties");
        assertThat(api.path("Body").path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(api.has("BodyS3Location")).isFalse();
    }

    private List<JsonNode> resources(String type) {
        List<JsonNode> resources = new ArrayList<>();
        packaged.values().forEach(template -> Templates.resourcesOfType(template, type).forEach(resources::add));
        return resources;
    }

    private static List<JsonNode> stacks(JsonNode template) {
        return Templates.resourcesOfType(template, "AWS::CloudFormation::Stack").toList();
    }

    /** The key of an object from the URL `aws cloudformation package` wrote for it. */
    private static String key(URI location) {
        return location.getPath().substring(("/" + BUCKET + "/").length());
    }

    private String object(String key) throws Exception {
        return run(environment, "aws", "s3", "cp", "s3://" + BUCKET + "/" + key, "-");
    }

    private long objectSize(String key) throws Exception {
        return Long.parseLong(run(environment, "aws", "s3api", "head-object", "--bucket", BUCKET, "--key", key,
                "--query", "ContentLength", "--output", "text").strip());
    }

    private static Path deployDirectory() {
        return Path.of(System.getProperty("orders.deployDirectory"));
    }

    private static String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        return Commands.run(environment, command);
    }
}
