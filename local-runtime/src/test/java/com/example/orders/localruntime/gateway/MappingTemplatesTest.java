package com.example.orders.localruntime.gateway;

import static com.example.orders.localruntime.gateway.RunningGateway.ALLOWED_ORIGIN;
import static com.example.orders.localruntime.gateway.RunningGateway.CONTRACT;
import static com.example.orders.localruntime.gateway.RunningGateway.OTHER_ORIGIN;
import static com.example.orders.localruntime.gateway.RunningGateway.SECOND_ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.http.CorsPolicy;
import com.example.orders.core.http.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mapping template of the assembled api.yaml, rendered with Velocity 1.7 as API Gateway
 * renders it: the preflight for allowed, foreign and missing origins, and the gateway response of
 * every response type, each a problem document the contract's Problem schema admits.
 */
class MappingTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiDefinition API = RunningGateway.api();

    static Stream<Route> preflights() {
        return API.routes().stream().filter(route -> route.integration() instanceof Integration.Mock);
    }

    private static GatewayRequest request(String method, Map<String, String> headers) {
        var multi = new LinkedHashMap<String, List<String>>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new GatewayRequest("7c1d0e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", Instant.now(), method, "/orders", Map.of(), multi,
                null, "127.0.0.1", "HTTP/1.1", Map.of());
    }

    private static GatewayResponse preflight(Route route, Map<String, String> headers) {
        return ((Integration.Mock) route.integration())
                .respond(request("OPTIONS", headers), route.resource().template(), API.stageVariables(), API.stage())
                .orElseThrow();
    }

    private static String header(GatewayResponse response, String name) {
        List<String> values = response.headers().get(name);
        return values == null ? null : values.getFirst();
    }

    @ParameterizedTest
    @MethodSource("preflights")
    void aPreflightFromAnAllowedOriginIsAnsweredWithThatOriginAndTheCorsPolicy(Route route) {
        for (String origin : List.of(ALLOWED_ORIGIN, SECOND_ORIGIN)) {
            GatewayResponse response = preflight(route, Map.of("Origin", origin));

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(origin);
            assertThat(header(response, "Access-Control-Allow-Methods")).isEqualTo(CorsPolicy.ALLOWED_METHODS);
            assertThat(header(response, "Access-Control-Allow-Headers")).isEqualTo(CorsPolicy.ALLOWED_HEADERS);
            assertThat(header(response, "Access-Control-Max-Age")).isEqualTo(CorsPolicy.MAX_AGE_SECONDS);
            assertThat(header(response, "Vary")).isEqualTo("Origin");
        }
    }

    @ParameterizedTest
    @MethodSource("preflights")
    void aPreflightFromAForeignOriginGetsNoCorsHeaders(Route route) {
        GatewayResponse response = preflight(route, Map.of("Origin", OTHER_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers()).doesNotContainKeys("Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
                "Access-Control-Allow-Headers", "Access-Control-Max-Age");
        assertThat(header(response, "Vary")).isEqualTo("Origin");
    }

    @ParameterizedTest
    @MethodSource("preflights")
    void aPreflightWithoutAnOriginGetsNoCorsHeaders(Route route) {
        GatewayResponse response = preflight(route, Map.of());

        assertThat(response.headers()).doesNotContainKey("Access-Control-Allow-Origin");
    }

    @ParameterizedTest
    @MethodSource("preflights")
    void aPreflightFromAnOriginNamedInLowerCaseHeaderIsAnsweredToo(Route route) {
        GatewayResponse response = preflight(route, Map.of("origin", ALLOWED_ORIGIN));

        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
    }

    @ParameterizedTest
    @MethodSource("preflights")
    void aPreflightFromAPrefixOrAListOfAllowedOriginsGetsNoCorsHeaders(Route route) {
        for (String origin : List.of("https://shop.example", ALLOWED_ORIGIN + "," + SECOND_ORIGIN, ALLOWED_ORIGIN + ".evil.net")) {
            assertThat(preflight(route, Map.of("Origin", origin)).headers()).as(origin)
                    .doesNotContainKey("Access-Control-Allow-Origin");
        }
    }

    @ParameterizedTest
    @EnumSource(GatewayResponseType.class)
    void everyGatewayResponseIsAProblemTheContractAdmits(GatewayResponseType type) throws Exception {
        GatewayResponse response = API.gatewayResponses().render(GatewayError.of(type), request("GET", Map.of()), "/orders");

        JsonNode problem = JSON.readTree(response.body());
        assertThat(CONTRACT.problemViolations(response.body())).isEmpty();
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        assertThat(Arrays.stream(ProblemType.values()).map(known -> known.type().toString()))
                .contains(problem.path("type").asText());
    }

    @ParameterizedTest
    @EnumSource(GatewayResponseType.class)
    void everyGatewayResponseIsProblemJsonWithTheStagesCorsHeaders(GatewayResponseType type) {
        GatewayResponse response = API.gatewayResponses().render(GatewayError.of(type), request("GET", Map.of()), "/orders");

        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(header(response, "Access-Control-Expose-Headers")).isEqualTo(CorsPolicy.EXPOSED_HEADERS);
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @ParameterizedTest
    @EnumSource(value = GatewayResponseType.class, names = {"THROTTLED", "QUOTA_EXCEEDED"})
    void aTooManyRequestsResponseSaysWhenToRetry(GatewayResponseType type) {
        GatewayResponse response = API.gatewayResponses().render(GatewayError.of(type), request("GET", Map.of()), "/orders");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(header(response, "Retry-After"))).isPositive();
    }

    @Test
    void everyServerErrorIsTheContractsInternalError() {
        for (GatewayResponseType type : GatewayResponseType.values()) {
            if (type.defaultStatus() >= 500 || type == GatewayResponseType.DEFAULT_5XX) {
                GatewayResponse response = API.gatewayResponses().render(GatewayError.of(type), request("GET", Map.of()), "/orders");
                assertThat(response.statusCode()).as(type.name()).isEqualTo(500);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(GatewayResponseType.class)
    void aValidatorMessageWithQuotesBackslashesAndNewlinesStillGivesValidJson(GatewayResponseType type) throws Exception {
        var error = new GatewayError(type, "bad \"value\" \\ here\nand there", "[instance value (\"x\\y\") not found\n]");

        String body = API.gatewayResponses().render(error, request("GET", Map.of()), "/orders").body();

        assertThat(JSON.readTree(body)).isInstanceOf(ObjectNode.class);
    }

    @Test
    void aPathWithJsonSyntaxInItStillGivesValidJson() throws Exception {
        var request = new GatewayRequest("id", Instant.now(), "GET", "/orders/\"}]{\\", Map.of(), Map.of(), null, "127.0.0.1",
                "HTTP/1.1", Map.of());

        String body = API.gatewayResponses().render(GatewayError.of(GatewayResponseType.INVALID_API_KEY), request, "/orders").body();

        assertThat(JSON.readTree(body)).isInstanceOf(ObjectNode.class);
    }

    @Test
    void velocity17RefusesThePreflightTemplateThatCalledAMethodOnAStringLiteral() {
        String brokenBefore = """
                #set($origin = $input.params().header.get('Origin'))
                #foreach($allowed in "https://a.example,https://b.example".split(","))
                #end
                """;

        assertThatThrownBy(() -> MappingTemplate.parse("preflight", brokenBefore))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void aGatewayResponseTemplateWithADirectiveIsRefusedAsApiGatewayWouldSendItVerbatim() {
        assertThatThrownBy(() -> MappingTemplate.substitution("DEFAULT_4XX", "#if($context.path)x#end"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only substitutes variables");
    }

    @Test
    void anUnknownReferenceRendersAsWrittenAsInApiGateway() {
        assertThat(MappingTemplate.parse("t", "$nothing and $!nothing").render(Map.of())).isEqualTo("$nothing and ");
    }
}
