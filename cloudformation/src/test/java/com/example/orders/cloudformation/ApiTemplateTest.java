package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.http.CorsPolicy;
import com.example.orders.core.http.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API stack: API Gateway's own responses are the contract's problems with CORS headers, each
 * route may invoke only its function, and the stage is traced, logged without personal data and
 * throttled per key.
 */
class ApiTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode template = Templates.load("api.yaml");
    private final JsonNode spec = template.path("Resources").path("RestApi").path("Properties").path("Body");

    static Stream<Map.Entry<String, JsonNode>> gatewayResponses() {
        return Templates.load("api.yaml").path("Resources").path("RestApi").path("Properties").path("Body")
                .path("x-amazon-apigateway-gateway-responses").properties().stream();
    }

    /** A gateway response's body as a client receives it, API Gateway's variables filled in. */
    private static JsonNode body(JsonNode response) throws Exception {
        return JSON.readTree(response.path("responseTemplates").path("application/json").asText()
                .replaceAll("\\$context\\.[A-Za-z.]+", "filled-in"));
    }

    @ParameterizedTest
    @MethodSource("gatewayResponses")
    void gatewayResponseIsAProblemOfTheContractsTypes(Map.Entry<String, JsonNode> response) throws Exception {
        JsonNode problem = body(response.getValue());
        ProblemType type = Arrays.stream(ProblemType.values())
                .filter(candidate -> candidate.type().toString().equals(problem.path("type").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(response.getKey() + " has no problem type of ProblemType"));
        assertThat(problem.path("title").asText()).isEqualTo(type.title());
        assertThat(problem.path("status").asInt()).isEqualTo(type.status());
        assertThat(response.getValue().path("statusCode").asText()).isEqualTo(String.valueOf(type.status()));
    }

    @ParameterizedTest
    @MethodSource("gatewayResponses")
    void gatewayResponseHasExactlyTheContractsProblemFields(Map.Entry<String, JsonNode> response) throws Exception {
        JsonNode schema = spec.path("components").path("schemas").path("Problem");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        assertThat(Templates.names(body(response.getValue())))
                .containsAll(required)
                .isSubsetOf(Templates.names(schema.path("properties")));
    }

    @ParameterizedTest
    @MethodSource("gatewayResponses")
    void gatewayResponseIsProblemJsonWithCorsHeaders(Map.Entry<String, JsonNode> response) {
        JsonNode headers = response.getValue().path("responseParameters");
        assertThat(headers.path("gatewayresponse.header.Content-Type").asText()).isEqualTo("'application/problem+json'");
        assertThat(headers.path("gatewayresponse.header.Access-Control-Allow-Origin").asText())
                .isEqualTo("stageVariables.corsPrimaryOrigin");
        assertThat(headers.path("gatewayresponse.header.Access-Control-Expose-Headers").asText())
                .isEqualTo("'" + CorsPolicy.EXPOSED_HEADERS + "'");
        assertThat(headers.path("gatewayresponse.header.Vary").asText()).isEqualTo("'Origin'");
        assertThat(headers.path("gatewayresponse.header.X-Content-Type-Options").asText()).isEqualTo("'nosniff'");
    }

    @ParameterizedTest
    @MethodSource("gatewayResponses")
    void gatewayResponseTemplateSubstitutesNothingThatCouldBreakItsJson(Map.Entry<String, JsonNode> response) {
        // API Gateway substitutes variables unescaped in gateway responses: a path or a validator
        // message with a quote in it would break the JSON, a long path the Problem schema's bounds.
        assertThat(response.getValue().path("responseTemplates").path("application/json").asText()).doesNotContain("$");
    }

    @Test
    void everyHeaderTheContractNamesOnAResponseIsReadableByABrowser() {
        // CORS-safelisted response headers need no exposing, nor directives to the browser itself
        // (X-Content-Type-Options); every other one the contract documents does.
        Set<String> safelisted = Set.of("cache-control", "content-language", "content-length", "content-type", "expires",
                "last-modified", "pragma", "x-content-type-options");
        Set<String> exposed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        exposed.addAll(List.of(CorsPolicy.EXPOSED_HEADERS.split(",")));
        JsonNode contract = YamlDocuments.read(Templates.repoRoot().resolve("openapi/orders.yaml"));
        Set<String> documented = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        contract.path("components").path("responses").forEach(response -> documented.addAll(Templates.names(response.path("headers"))));
        contract.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses")
                .forEach(response -> documented.addAll(Templates.names(response.path("headers"))))));
        documented.add("X-Correlation-Id");
        documented.removeIf(header -> safelisted.contains(header.toLowerCase(Locale.ROOT)));
        assertThat(exposed).containsAll(documented);
    }

    @Test
    void theDeploySpecDependsOnNoStackParameterSoItsDeploymentFollowsEveryChange() {
        List<String> references = new ArrayList<>();
        spec.findValues("Ref").forEach(reference -> references.add(reference.asText()));
        spec.findValues("Fn::Sub").forEach(sub -> {
            var substitution = Pattern.compile("\\$\\{([^!}][^}]*)}").matcher(sub.isArray() ? sub.get(0).asText() : sub.asText());
            while (substitution.find()) {
                references.add(substitution.group(1));
            }
        });
        assertThat(references).allSatisfy(reference -> assertThat(reference).startsWith("AWS::"));
    }

    @Test
    void whatVariesPerStageReachesTheApiAsStageVariables() {
        JsonNode variables = stage().path("Variables");
        assertThat(variables.path("corsAllowedOrigins").path("Ref").asText()).isEqualTo("CorsAllowedOrigins");
        assertThat(variables.path("corsPrimaryOrigin").toString()).contains("CorsAllowedOrigins");
        assertThat(variables.path("createOrderFunctionArn").path("Ref").asText()).isEqualTo("CreateOrderFunctionArn");
        assertThat(variables.path("queryOrdersFunctionArn").path("Ref").asText()).isEqualTo("QueryOrdersFunctionArn");
        var used = Pattern.compile("stageVariables\\.([A-Za-z0-9_]+)").matcher(spec.toString());
        while (used.find()) {
            assertThat(Templates.names(variables)).as("the stage sets every stage variable the spec reads").contains(used.group(1));
        }
    }

    @Test
    void theRestApiIsUpdatedInOverwriteModeSoNothingRemovedLingers() {
        JsonNode api = Templates.resourcesOfType(template, "AWS::ApiGateway::RestApi").findFirst().orElseThrow().path("Properties");
        assertThat(api.path("Mode").asText()).isEqualTo("overwrite");
    }

    @Test
    void everyServerErrorIsTheContractsInternalError() {
        assertThat(spec.path("x-amazon-apigateway-gateway-responses").path("DEFAULT_5XX").path("statusCode").asText())
                .isEqualTo("500");
    }

    @Test
    void preflightsAllowWhatTheFunctionsCorsPolicyAllows() {
        spec.path("paths").properties().forEach(path -> {
            String template = path.getValue().path("options").path("x-amazon-apigateway-integration").path("responses")
                    .path("default").path("responseTemplates").path("application/json").asText();
            assertThat(template).as(path.getKey())
                    .contains("\"" + CorsPolicy.ALLOWED_METHODS + "\"", "\"" + CorsPolicy.ALLOWED_HEADERS + "\"",
                            "\"" + CorsPolicy.MAX_AGE_SECONDS + "\"", "$stageVariables.corsAllowedOrigins");
        });
    }

    @Test
    void eachRouteMayInvokeOnlyItsOwnFunction() {
        Map<String, String> expected = Map.of(
                "/*/POST/orders", "CreateOrderFunctionArn",
                "/*/GET/orders", "QueryOrdersFunctionArn",
                "/*/GET/orders/*", "QueryOrdersFunctionArn");
        Map<String, String> granted = new TreeMap<>();
        Templates.resourcesOfType(template, "AWS::Lambda::Permission").map(p -> p.path("Properties")).forEach(p -> {
            assertThat(p.path("Principal").asText()).isEqualTo("apigateway.amazonaws.com");
            String sourceArn = p.path("SourceArn").path("Fn::Sub").asText();
            granted.put(sourceArn.substring(sourceArn.indexOf("${RestApi}") + "${RestApi}".length()),
                    p.path("FunctionName").path("Ref").asText());
        });
        assertThat(granted).isEqualTo(new TreeMap<>(expected));
    }

    @Test
    void stageIsTraced() {
        assertThat(stage().path("TracingEnabled").asBoolean()).isTrue();
    }

    @Test
    void stageWritesAccessLogsToAGroupKeptSevenDays() {
        String group = stage().path("AccessLogSetting").path("DestinationArn").path("Fn::GetAtt").path(0).asText();
        assertThat(template.path("Resources").path(group).path("Properties").path("RetentionInDays").asInt())
                .isEqualTo(PlatformPolicyTest.LOG_RETENTION_DAYS);
    }

    /**
     * API Gateway writes execution logs to a group of this name, which it creates itself, without
     * retention, unless the group already exists when the stage starts logging.
     */
    @Test
    void stageWritesExecutionLogsToAGroupKeptSevenDaysAndCreatedBeforeIt() {
        var group = template.path("Resources").properties().stream()
                .filter(resource -> resource.getValue().path("Properties").path("LogGroupName").path("Fn::Sub").asText()
                        .equals("API-Gateway-Execution-Logs_${RestApi}/${StageName}"))
                .findFirst().orElseThrow(() -> new AssertionError("no execution log group"));
        assertThat(group.getValue().path("Properties").path("RetentionInDays").asInt())
                .isEqualTo(PlatformPolicyTest.LOG_RETENTION_DAYS);
        assertThat(Templates.values(template.path("Resources").path("Stage").path("DependsOn"))).contains(group.getKey());
    }

    @Test
    void accessLogLinesAreJsonWithoutWhatIdentifiesACaller() throws Exception {
        String format = stage().path("AccessLogSetting").path("Format").asText();
        JsonNode line = JSON.readTree(format.replaceAll("\\$context\\.[A-Za-z.]+", "filled-in"));
        assertThat(Templates.names(line)).contains("requestId", "status", "latencyMs");
        assertThat(format).doesNotContain("sourceIp", "userAgent", "caller", "user", "cognito", "$input");
    }

    @Test
    void stageExecutionLogsNeverCarryBodies() {
        assertThat(stage().path("MethodSettings")).allSatisfy(setting ->
                assertThat(setting.path("DataTraceEnabled").asBoolean(true)).isFalse());
    }

    @Test
    void stageAndUsagePlanAreThrottled() {
        JsonNode methods = stage().path("MethodSettings").path(0);
        assertThat(methods.path("ThrottlingRateLimit").path("Ref").asText()).isEqualTo("ThrottlingRateLimit");
        assertThat(methods.path("ThrottlingBurstLimit").path("Ref").asText()).isEqualTo("ThrottlingBurstLimit");
        JsonNode plan = Templates.resourcesOfType(template, "AWS::ApiGateway::UsagePlan").findFirst().orElseThrow()
                .path("Properties");
        assertThat(plan.path("Throttle").path("RateLimit").path("Ref").asText()).isEqualTo("ThrottlingRateLimit");
        assertThat(plan.path("ApiStages").path(0).path("Stage").path("Ref").asText()).isEqualTo("Stage");
    }

    @Test
    void theApiKeyIsOnTheUsagePlan() {
        JsonNode planKey = Templates.resourcesOfType(template, "AWS::ApiGateway::UsagePlanKey").findFirst().orElseThrow()
                .path("Properties");
        assertThat(planKey.path("KeyId").path("Ref").asText()).isEqualTo("ApiKey");
        assertThat(planKey.path("UsagePlanId").path("Ref").asText()).isEqualTo("UsagePlan");
    }

    @Test
    void aChangedSpecIsANewDeployment() {
        String deployment = stage().path("DeploymentId").path("Ref").asText();
        assertThat(deployment).matches("Deployment[0-9a-f]{12}");
        assertThat(template.path("Resources").path(deployment).path("Type").asText()).isEqualTo("AWS::ApiGateway::Deployment");
    }

    private JsonNode stage() {
        return Templates.resourcesOfType(template, "AWS::ApiGateway::Stage").findFirst().orElseThrow().path("Properties");
    }
}
