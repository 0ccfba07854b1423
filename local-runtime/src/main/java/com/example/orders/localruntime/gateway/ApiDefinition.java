package com.example.orders.localruntime.gateway;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localruntime.templates.BundledTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API as the api stack deploys it, for one stage: the RestApi's Body (the deploy spec, the
 * contract merged with the API Gateway overlay), the stage's variables and the usage plan's
 * throttle, read from the assembled {@code api.yaml} with the stage's parameters resolved as
 * CloudFormation resolves them. The local gateway serves nothing that is not in this document.
 *
 * <p>What the local gateway cannot run as API Gateway would (another integration type, a request
 * validator, an unknown gateway response type, a template Velocity cannot parse) stops it from
 * loading, naming the part, rather than being served differently.
 */
public final class ApiDefinition {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    private static final String EXTENSION = "x-amazon-apigateway-";

    private final JsonNode spec;
    private final List<Route> routes;
    private final GatewayResponses gatewayResponses;
    private final Map<String, String> stageVariables;
    private final String stage;
    private final UsagePlan usagePlan;

    private ApiDefinition(JsonNode spec, List<Route> routes, GatewayResponses gatewayResponses,
            Map<String, String> stageVariables, String stage, UsagePlan usagePlan) {
        this.spec = spec;
        this.routes = List.copyOf(routes);
        this.gatewayResponses = gatewayResponses;
        this.stageVariables = Map.copyOf(stageVariables);
        this.stage = stage;
        this.usagePlan = usagePlan;
    }

    /** The api stack this module was built with, for a stage with {@code parameters}. */
    public static ApiDefinition bundled(Map<String, String> parameters) {
        return of(bundledTemplate(), parameters);
    }

    /** The assembled api stack template this module was built with. */
    public static JsonNode bundledTemplate() {
        return BundledTemplates.load("api.yaml");
    }

    /**
     * The API of an assembled api stack {@code template} for a stage with {@code parameters}.
     *
     * @throws IllegalArgumentException when a parameter is missing or invalid, or the template
     *     holds what the local gateway cannot serve as API Gateway would
     */
    public static ApiDefinition of(JsonNode template, Map<String, String> parameters) {
        var references = new LinkedHashMap<>(StackParameters.resolve(template, parameters));
        references.put("AWS::Region", LocalAws.REGION.id());
        references.put("AWS::Partition", "aws");
        references.put("AWS::AccountId", LocalAws.ACCOUNT_ID);
        references.put("AWS::URLSuffix", "amazonaws.com");
        var intrinsics = new Intrinsics(references);
        JsonNode resources = template.path("Resources");
        JsonNode spec = intrinsics.resolve(only(resources, "AWS::ApiGateway::RestApi").path("Properties").path("Body"));
        JsonNode stageProperties = only(resources, "AWS::ApiGateway::Stage").path("Properties");
        var stageVariables = new LinkedHashMap<String, String>();
        intrinsics.resolve(stageProperties.path("Variables")).properties()
                .forEach(variable -> stageVariables.put(variable.getKey(), variable.getValue().asText()));
        String stage = intrinsics.resolve(stageProperties.path("StageName")).asText();
        JsonNode throttle = intrinsics.resolve(only(resources, "AWS::ApiGateway::UsagePlan").path("Properties").path("Throttle"));
        var usagePlan = new UsagePlan(throttle.path("RateLimit").asDouble(), throttle.path("BurstLimit").asInt());
        refuseRequestValidators(spec);
        return new ApiDefinition(spec, routesOf(spec, stageVariables), GatewayResponses.of(spec, stageVariables, stage),
                stageVariables, stage, usagePlan);
    }

    /** The route serving {@code method} on {@code rawPath} (still percent-encoded), if any. */
    Optional<RouteMatch> find(String method, String rawPath) {
        for (Route route : routes) {
            if (route.method().equals(method)) {
                var parameters = route.resource().match(rawPath);
                if (parameters.isPresent()) {
                    return Optional.of(new RouteMatch(route, parameters.get()));
                }
            }
        }
        return Optional.empty();
    }

    List<Route> routes() {
        return routes;
    }

    GatewayResponses gatewayResponses() {
        return gatewayResponses;
    }

    Map<String, String> stageVariables() {
        return stageVariables;
    }

    String stage() {
        return stage;
    }

    /** The usage plan's throttle, applied per API key. */
    public UsagePlan usagePlan() {
        return usagePlan;
    }

    /** The names of the functions the routes invoke. */
    public Set<String> functionNames() {
        var names = new LinkedHashSet<String>();
        routes.forEach(route -> {
            if (route.integration() instanceof Integration.LambdaProxy proxy) {
                names.add(proxy.functionName());
            }
        });
        return names;
    }

    /** The first example of an operation's JSON request body, as compact JSON. */
    public Optional<String> requestExample(String operationId) {
        for (JsonNode path : spec.path("paths")) {
            for (JsonNode operation : path) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    JsonNode examples = operation.path("requestBody").path("content").path("application/json").path("examples");
                    return examples.isEmpty() ? Optional.empty() : Optional.of(examples.elements().next().path("value").toString());
                }
            }
        }
        return Optional.empty();
    }

    private static JsonNode only(JsonNode resources, String type) {
        List<JsonNode> found = new ArrayList<>();
        resources.forEach(resource -> {
            if (type.equals(resource.path("Type").asText())) {
                found.add(resource);
            }
        });
        if (found.size() != 1) {
            throw new IllegalArgumentException("The api stack should have exactly one " + type + ", it has " + found.size());
        }
        return found.getFirst();
    }

    private static void refuseRequestValidators(JsonNode spec) {
        if (spec.has(EXTENSION + "request-validator") || spec.has(EXTENSION + "request-validators")
                || !spec.findValues(EXTENSION + "request-validator").isEmpty()) {
            throw new IllegalArgumentException("The deploy spec names request validators, which the local gateway does not run; "
                    + "the functions validate requests (docs/decisions/0002-requests-validated-by-the-functions.md)");
        }
    }

    private static List<Route> routesOf(JsonNode spec, Map<String, String> stageVariables) {
        Set<String> apiKeySchemes = new LinkedHashSet<>();
        spec.path("components").path("securitySchemes").properties().forEach(scheme -> {
            JsonNode definition = scheme.getValue();
            if ("apiKey".equals(definition.path("type").asText()) && "header".equals(definition.path("in").asText())
                    && "x-api-key".equalsIgnoreCase(definition.path("name").asText())) {
                apiKeySchemes.add(scheme.getKey());
            }
        });
        JsonNode rootSecurity = spec.path("security");
        var routes = new ArrayList<Route>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            JsonNode operation = entry.getValue();
            String where = method + " " + path.getKey();
            JsonNode security = operation.has("security") ? operation.get("security") : rootSecurity;
            boolean apiKeyRequired = false;
            for (JsonNode requirement : security) {
                for (String scheme : apiKeySchemes) {
                    apiKeyRequired |= requirement.has(scheme);
                }
            }
            routes.add(new Route(method, PathTemplate.of(path.getKey()), operation.path("operationId").asText(null),
                    apiKeyRequired, integration(where, operation.path(EXTENSION + "integration"), stageVariables)));
        }));
        return routes;
    }

    private static Integration integration(String where, JsonNode integration, Map<String, String> stageVariables) {
        String type = integration.path("type").asText();
        return switch (type) {
            case "aws_proxy" -> new Integration.LambdaProxy(functionArn(where, withStageVariables(integration.path("uri").asText(),
                    stageVariables)));
            case "mock" -> mock(where, integration);
            default -> throw new IllegalArgumentException(where + " has a " + (type.isEmpty() ? "missing" : type)
                    + " integration; the local gateway runs aws_proxy and mock integrations");
        };
    }

    private static Integration mock(String where, JsonNode integration) {
        var requestTemplates = new LinkedHashMap<String, MappingTemplate>();
        integration.path("requestTemplates").properties().forEach(template -> requestTemplates.put(template.getKey(),
                MappingTemplate.parse(where + " request " + template.getKey(), template.getValue().asText())));
        var responses = new ArrayList<Integration.IntegrationResponse>();
        integration.path("responses").properties().forEach(response -> {
            JsonNode definition = response.getValue();
            var parameters = new LinkedHashMap<String, String>();
            definition.path("responseParameters").properties().forEach(parameter -> {
                String name = parameter.getKey();
                if (!name.startsWith("method.response.header.")) {
                    throw new IllegalArgumentException(where + " maps " + name + "; the local gateway maps response headers only");
                }
                ParameterMapping.check(where + " " + name, parameter.getValue().asText());
                parameters.put(name.substring("method.response.header.".length()), parameter.getValue().asText());
            });
            var templates = new LinkedHashMap<String, MappingTemplate>();
            definition.path("responseTemplates").properties().forEach(template -> templates.put(template.getKey(),
                    MappingTemplate.parse(where + " response " + response.getKey() + " " + template.getKey(),
                            template.getValue().asText())));
            responses.add(new Integration.IntegrationResponse(response.getKey(),
                    Integer.parseInt(definition.path("statusCode").asText("200")), parameters, templates));
        });
        return new Integration.Mock(requestTemplates, responses);
    }

    /** An integration URI's {@code ${stageVariables.name}}, filled in as API Gateway does per request. */
    private static String withStageVariables(String uri, Map<String, String> stageVariables) {
        String resolved = uri;
        for (Map.Entry<String, String> variable : stageVariables.entrySet()) {
            resolved = resolved.replace("${stageVariables." + variable.getKey() + "}", variable.getValue());
        }
        if (resolved.contains("${stageVariables.")) {
            throw new IllegalArgumentException("The integration URI " + uri + " names a stage variable the stage does not set");
        }
        return resolved;
    }

    private static String functionArn(String where, String uri) {
        int start = uri.indexOf("/functions/");
        int end = uri.lastIndexOf("/invocations");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(where + " invokes " + uri + ", which is not a Lambda function's invocation URI");
        }
        return uri.substring(start + "/functions/".length(), end);
    }
}
