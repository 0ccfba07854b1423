package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deploy spec (RestApi.Body) is the contract plus API Gateway's extensions and CORS
 * preflights, nothing else (but for the example keyword, which API Gateway's import refuses):
 * what clients are generated from is exactly what API Gateway serves.
 */
class DeploySpecTest {

    private static final String EXTENSION = "x-amazon-apigateway-";

    /** The contract as the deploy spec carries it: without the example keyword API Gateway refuses. */
    private final JsonNode contract = withoutExamples(YamlDocuments.read(Templates.repoRoot().resolve("openapi/orders.yaml")));
    private final JsonNode spec = Templates.load("api.yaml").path("Resources").path("RestApi").path("Properties").path("Body");

    /** Which stage variable, and so which function parameter of the api stack, serves each of the contract's operations. */
    private static final Map<String, String> FUNCTIONS = Map.of(
            "createOrder", "createOrderFunctionArn",
            "listOrders", "queryOrdersFunctionArn",
            "getOrder", "queryOrdersFunctionArn");

    @Test
    void schemasAreExactlyTheContracts() {
        assertThat(spec.path("components")).isEqualTo(contract.path("components"));
    }

    @Test
    void noExampleKeywordReachesApiGatewaysImport() {
        assertThat(spec.findValues("example")).isEmpty();
    }

    @Test
    void aPropertyNamedExampleIsNotAnExample() {
        JsonNode schema = YamlDocuments.parse("properties:\n  example: {type: string, example: x}\n");
        DeploySpec.removeExamples(schema);
        assertThat(schema.path("properties").has("example")).isTrue();
        assertThat(schema.path("properties").path("example").has("example")).isFalse();
    }

    @Test
    void namedExamplesStay() {
        assertThat(spec.path("paths").path("/orders").path("post").path("requestBody").path("content")
                .path("application/json").path("examples").size()).isPositive();
    }

    @Test
    void everythingButThePathsIsTheContractsPlusExtensions() {
        ObjectNode withoutPaths = withoutExtensions(spec);
        withoutPaths.remove("paths");
        ObjectNode contractWithoutPaths = contract.deepCopy();
        contractWithoutPaths.remove("paths");
        assertThat(withoutPaths).isEqualTo(contractWithoutPaths);
    }

    @Test
    void contractOperationsAreUnchangedButForExtensions() {
        forEachContractOperation((path, method, operation) -> {
            ObjectNode deployed = withoutExtensions(spec.path("paths").path(path).path(method));
            deployed.remove("responses");
            ObjectNode expected = operation.deepCopy();
            expected.remove("responses");
            assertThat(deployed).as(method + " " + path).isEqualTo(expected);
        });
    }

    @Test
    void everyResponseIsTheContractsWrittenOutInPlaceWithItsHeaders() {
        forEachContractOperation((path, method, operation) -> operation.path("responses").properties().forEach(response -> {
            String reference = response.getValue().path("$ref").asText();
            ObjectNode expected = (reference.isEmpty()
                    ? response.getValue()
                    : contract.path("components").path("responses").path(reference.substring(reference.lastIndexOf('/') + 1)))
                    .deepCopy();
            if (expected.path("headers") instanceof ObjectNode headers) {
                headers.properties().forEach(header -> {
                    String named = header.getValue().path("$ref").asText();
                    if (!named.isEmpty()) {
                        header.setValue(contract.path("components").path("headers").path(named.substring(named.lastIndexOf('/') + 1)));
                    }
                });
            }
            JsonNode deployed = spec.path("paths").path(path).path(method).path("responses").path(response.getKey());
            assertThat(deployed).as(method + " " + path + " " + response.getKey()).isEqualTo(expected);
            assertThat(deployed.findValues("$ref").stream().map(JsonNode::asText))
                    .as("API Gateway resolves no response or header reference")
                    .noneMatch(ref -> ref.startsWith("#/components/responses/") || ref.startsWith("#/components/headers/"));
        }));
    }

    @Test
    void onlyKeylessCorsPreflightsAreAdded() {
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (contract.path("paths").path(path.getKey()).has(method.getKey())) {
                return;
            }
            assertThat(method.getKey()).as(path.getKey()).isEqualTo("options");
            assertThat(method.getValue().path("security").isArray() && method.getValue().path("security").isEmpty()).isTrue();
            assertThat(method.getValue().path(EXTENSION + "integration").path("type").asText()).isEqualTo("mock");
        }));
    }

    @Test
    void everyContractOperationRequiresTheApiKey() {
        assertThat(spec.path(EXTENSION + "api-key-source").asText()).isEqualTo("HEADER");
        JsonNode scheme = spec.path("components").path("securitySchemes").path("ApiKeyAuth");
        assertThat(scheme.path("type").asText() + " " + scheme.path("in").asText() + " " + scheme.path("name").asText())
                .isEqualTo("apiKey header x-api-key");
        forEachContractOperation((path, method, operation) ->
                assertThat(spec.path("paths").path(path).path(method).path("security").toString())
                        .as(method + " " + path)
                        .isEqualTo("[{\"ApiKeyAuth\":[]}]"));
    }

    @Test
    void noRequestIsValidatedByApiGatewaySoEveryRefusalNamesItsFields() {
        // docs/decisions/0002-requests-validated-by-the-functions.md
        assertThat(spec.has(EXTENSION + "request-validators")).isFalse();
        assertThat(spec.findValues(EXTENSION + "request-validator")).isEmpty();
    }

    @Test
    void everyContractOperationInvokesItsFunctionThroughALambdaProxy() {
        forEachContractOperation((path, method, operation) -> {
            JsonNode integration = spec.path("paths").path(path).path(method).path(EXTENSION + "integration");
            assertThat(integration.path("type").asText()).isEqualTo("aws_proxy");
            assertThat(integration.path("httpMethod").asText()).isEqualTo("POST");
            assertThat(integration.path("uri").path("Fn::Sub").asText())
                    .as(operation.path("operationId").asText())
                    .endsWith("/functions/${!stageVariables." + FUNCTIONS.get(operation.path("operationId").asText()) + "}/invocations");
        });
    }

    @Test
    void anOverlayThatWouldChangeTheContractIsRefused() {
        JsonNode overlay = YamlDocuments.parse("info:\n  title: Something else\n");
        assertThatThrownBy(() -> DeploySpec.merge(contract, overlay))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/info/title");
    }

    private interface OperationCheck {
        void check(String path, String method, JsonNode operation);
    }

    private void forEachContractOperation(OperationCheck check) {
        contract.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> check.check(path.getKey(), method.getKey(), method.getValue())));
    }

    private static JsonNode withoutExamples(JsonNode contract) {
        DeploySpec.removeExamples(contract);
        return contract;
    }

    private static ObjectNode withoutExtensions(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        copy.properties().removeIf(entry -> entry.getKey().startsWith(EXTENSION));
        return copy;
    }
}
