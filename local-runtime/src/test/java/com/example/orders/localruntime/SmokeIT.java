package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localruntime.gateway.ApiDefinition;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.GatewaySettings;
import com.example.orders.localruntime.lambda.LambdaFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/smoke, as CI and bin/deploy run it, against the local platform: it passes there, and it
 * fails, naming the preflight check, when the origin is not allowed or the preflight template no
 * longer answers allowed origins.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmokeIT {

    private static final String KEY = "smoke-it-key-0123456789";
    private static final Path SMOKE = Path.of(System.getProperty("orders.repoRoot", "..")).resolve("bin/smoke");

    private LocalPlatform platform;

    /** What bin/smoke printed and how it exited. */
    record Run(int exitCode, List<String> lines) {
    }

    @BeforeAll
    void startPlatform() {
        platform = LocalPlatform.start(PlatformOptions.parse(List.of("--port", "0", "--api-key", KEY), Map.of()), line -> { });
    }

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    @Test
    void smokePassesAgainstTheLocalPlatformWithALinePerCheck() {
        Run run = smoke(platform.readyMessage().uri(), "http://localhost:5173");

        assertThat(run.lines()).as(String.join("\n", run.lines())).filteredOn(line -> line.startsWith("ok    ")).hasSize(8);
        assertThat(run.exitCode()).isZero();
        assertThat(platform.contractViolations()).isEmpty();
    }

    @Test
    void smokeFailsThePreflightCheckForAnOriginTheStageDoesNotAllow() {
        Run run = smoke(platform.readyMessage().uri(), "https://not-allowed.example");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).anyMatch(line -> line.startsWith("FAIL  preflight from the allowed origin https://not-allowed.example"));
    }

    @Test
    void smokeFailsThePreflightCheckWhenThePreflightTemplateStopsAnsweringAllowedOrigins() {
        String origin = "http://localhost:5173";
        JsonNode template = ApiDefinition.bundledTemplate().deepCopy();
        breakPreflights(template);
        ApiDefinition broken = ApiDefinition.of(template, OrderFunctions.apiStackParameters(origin, Optional.empty(), Optional.empty()));
        var functions = new LinkedHashMap<String, LambdaFunction>();
        broken.functionNames().forEach(name -> functions.put(name, new LambdaFunction(name,
                (event, context) -> new APIGatewayProxyResponseEvent().withStatusCode(500))));
        try (var gateway = ApiGateway.start(new GatewaySettings(0, Set.of(KEY)), broken, functions)) {
            Run run = smoke(gateway.uri(), origin);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.lines()).anyMatch(line -> line.startsWith("FAIL  preflight from the allowed origin " + origin));
        }
    }

    @Test
    void smokeReadsTheUrlTheKeyAndTheOriginFromADeployedStacksOutputs(LocalAws aws, @TempDir Path directory) throws IOException {
        // A stand-in for the root stack with the outputs and the parameter bin/smoke reads, in moto's
        // CloudFormation; the key is made with API Gateway's API, as the api stack would make it.
        var environment = new LinkedHashMap<>(aws.environment());
        String region = aws.region().id();
        String keyId = run(environment, "aws", "apigateway", "create-api-key", "--region", region, "--name", "smoke-stage",
                "--value", KEY, "--enabled", "--query", "id", "--output", "text").lines().getLast().strip();
        Path template = Files.writeString(directory.resolve("stage.yaml"), """
                Parameters:
                  CorsAllowedOrigins: {Type: String}
                  Url: {Type: String}
                  KeyId: {Type: String}
                Resources:
                  Nothing: {Type: AWS::CloudFormation::WaitConditionHandle}
                Outputs:
                  ApiUrl: {Value: {Ref: Url}}
                  ApiKeyId: {Value: {Ref: KeyId}}
                """);
        run(environment, "aws", "cloudformation", "create-stack", "--region", region, "--stack-name", "smoke-stage",
                "--template-body", "file://" + template, "--parameters",
                "ParameterKey=CorsAllowedOrigins,ParameterValue=http://localhost:5173",
                "ParameterKey=Url,ParameterValue=" + platform.readyMessage().uri(), "ParameterKey=KeyId,ParameterValue=" + keyId);

        Run run = run(environment, "node", SMOKE.toString(), "--stack", "smoke-stage", "--region", region,
                "--timeout", "60");

        assertThat(run.lines()).as(String.join("\n", run.lines()))
                .contains("Smoke test of " + platform.readyMessage().uri() + " from http://localhost:5173");
        assertThat(run.exitCode()).isZero();
    }

    /** The preflight templates with the stage variable misspelt, which Velocity renders as written. */
    private static void breakPreflights(JsonNode template) {
        template.findParents("responseTemplates").forEach(parent -> {
            ObjectNode templates = (ObjectNode) parent.get("responseTemplates");
            String text = templates.path("application/json").asText();
            if (text.contains("$stageVariables.corsAllowedOrigins")) {
                templates.put("application/json", text.replace("$stageVariables.corsAllowedOrigins", "$stageVariables.corsOrigins"));
            }
        });
    }

    private static Run smoke(URI url, String origin) {
        return run(Map.of(), "node", SMOKE.toString(), "--url", url.toString(), "--key", KEY, "--origin", origin, "--timeout", "60");
    }

    private static Run run(Map<String, String> environment, String... command) {
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish: " + lines);
            }
            if (!command[0].equals("node")) {
                assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
            }
            return new Run(process.exitValue(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
