package com.example.orders.localruntime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The OpenAPI contract the gateway serves: its routes, its request validation, and what the
 * gateway reads from it (the correlation id rule, request examples). Loading it takes a moment
 * (parsing, and the JSON schema machinery warming up), so build it once.
 */
public final class ApiContract {

    /** Where the build puts {@code openapi/orders.yaml} in this module's jar. */
    public static final String BUNDLED_RESOURCE = "/openapi/orders.yaml";
    public static final String CORRELATION_ID_HEADER = "x-correlation-id";

    private final OpenAPI openApi;
    private final RouteTable routes;
    private final ContractValidator validator;
    private final Pattern correlationIdPattern;
    private final Integer correlationIdMaxLength;

    private ApiContract(OpenAPI openApi) {
        this.openApi = openApi;
        this.routes = new RouteTable(routesOf(openApi));
        this.validator = new ContractValidator(openApi);
        Schema<?> correlationId = correlationIdParameter(openApi).getSchema();
        this.correlationIdPattern = Pattern.compile(correlationId.getPattern());
        this.correlationIdMaxLength = correlationId.getMaxLength();
    }

    /** The contract this module was built with. */
    public static ApiContract bundled() {
        try (InputStream spec = ApiContract.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (spec == null) {
                throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the classpath; build local-runtime with Maven");
            }
            return parse(new String(spec.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ApiContract read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + file, e);
        }
    }

    public static ApiContract parse(String yaml) {
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(yaml, null, options);
        if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
            throw new IllegalArgumentException("Not an OpenAPI contract: " + result.getMessages());
        }
        return new ApiContract(result.getOpenAPI());
    }

    public RouteTable routes() {
        return routes;
    }

    public ContractValidator validator() {
        return validator;
    }

    /** Whether a caller's correlation id is one the contract allows, and so may be echoed back. */
    public boolean acceptsCorrelationId(String value) {
        return value != null && !value.isEmpty()
                && (correlationIdMaxLength == null || value.length() <= correlationIdMaxLength)
                && correlationIdPattern.matcher(value).matches();
    }

    /** The first example of an operation's JSON request body, as compact JSON. */
    public Optional<String> requestExample(String operationId) {
        return operations(openApi)
                .filter(operation -> operationId.equals(operation.getOperationId()))
                .findFirst()
                .map(Operation::getRequestBody)
                .map(body -> body.getContent().get("application/json"))
                .map(MediaType::getExamples)
                .flatMap(examples -> examples.values().stream().findFirst())
                .map(Example::getValue)
                .map(ApiContract::compactJson);
    }

    private static List<ApiRoute> routesOf(OpenAPI openApi) {
        var routes = new ArrayList<ApiRoute>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Set<String> mediaTypes = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                    ? Set.of()
                    : operation.getRequestBody().getContent().keySet();
            routes.add(new ApiRoute(method.name(), PathTemplate.of(path), operation.getOperationId(), mediaTypes));
        }));
        return routes;
    }

    private static Stream<Operation> operations(OpenAPI openApi) {
        return openApi.getPaths().values().stream()
                .map(PathItem::readOperationsMap)
                .flatMap(operations -> operations.values().stream());
    }

    private static Parameter correlationIdParameter(OpenAPI openApi) {
        return operations(openApi)
                .flatMap(operation -> operation.getParameters() == null ? Stream.of() : operation.getParameters().stream())
                .filter(parameter -> "header".equals(parameter.getIn()) && CORRELATION_ID_HEADER.equalsIgnoreCase(parameter.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The contract declares no " + CORRELATION_ID_HEADER + " header"));
    }

    private static String compactJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The contract's example cannot be written as JSON", e);
        }
    }
}
