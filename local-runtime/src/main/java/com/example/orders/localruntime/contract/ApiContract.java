package com.example.orders.localruntime.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The OpenAPI contract, as the judge of what the API answers: whether a response is one the
 * contract documents for its operation (status, headers, media type, body schema), whether a
 * request is one it admits, and its request examples. Loading it takes a moment (parsing, and the
 * JSON schema machinery warming up), so build it once.
 */
public final class ApiContract {

    /** Where the build puts {@code openapi/orders.yaml} in this module's jar. */
    public static final String BUNDLED_RESOURCE = "/openapi/orders.yaml";
    public static final String CORRELATION_ID_HEADER = "x-correlation-id";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private final OpenAPI openApi;
    private final ContractValidator validator;
    private final OpenApiInteractionValidator responses;
    private final SchemaValidator schemas;
    private final Pattern correlationIdPattern;
    private final Integer correlationIdMaxLength;

    private ApiContract(OpenAPI openApi, String yaml) {
        this.openApi = openApi;
        this.validator = new ContractValidator(openApi);
        // From the text: the validator then resolves the responses the operations name by reference.
        this.responses = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
        this.schemas = new SchemaValidator(openApi, new MessageResolver());
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
        return new ApiContract(result.getOpenAPI(), yaml);
    }

    public ContractValidator validator() {
        return validator;
    }

    /**
     * What is wrong with a response to {@code method} on {@code path} (without its query string)
     * by the contract: a status the operation does not document, a missing or mistyped header, a
     * media type or body it does not declare. A response to a request that matched no operation
     * can only be an error, so it is held to the Problem schema. Empty when it is right.
     */
    public List<String> responseViolations(String method, String path, int status, Map<String, List<String>> headers,
            String body) {
        var response = new SimpleResponse.Builder(status);
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                response.withContentType(values.getFirst());
            } else {
                response.withHeader(name, values);
            }
        });
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = responses.validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                response.build());
        boolean noOperation = report.getMessages().stream().anyMatch(message ->
                message.getKey().equals("validation.request.path.missing")
                        || message.getKey().equals("validation.request.operation.notAllowed"));
        if (noOperation) {
            var violations = new ArrayList<String>();
            if (status < 400) {
                violations.add(method + " " + path + " is no operation of the contract, yet answered " + status);
            }
            String contentType = headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                    .map(header -> header.getValue().getFirst()).findFirst().orElse("");
            if (!contentType.startsWith(PROBLEM_MEDIA_TYPE) && !method.equalsIgnoreCase("HEAD")) {
                violations.add("An error is " + PROBLEM_MEDIA_TYPE + ", not '" + contentType + "'");
            }
            if (!method.equalsIgnoreCase("HEAD")) {
                violations.addAll(problemViolations(body));
            }
            return violations;
        }
        return messages(report);
    }

    /** A schema of the contract's components, a reference followed to what it names. */
    public Schema<?> schema(String name) {
        Schema<?> schema = openApi.getComponents().getSchemas().get(name);
        if (schema == null) {
            throw new IllegalArgumentException("The contract has no schema " + name);
        }
        return schema;
    }

    /** {@code schema} itself, or the component schema it refers to. */
    public Schema<?> resolved(Schema<?> schema) {
        String reference = schema.get$ref();
        return reference == null ? schema : schema(reference.substring(reference.lastIndexOf('/') + 1));
    }

    /** What is wrong with {@code body} as the contract's Problem; empty when it is one. */
    public List<String> problemViolations(String body) {
        Schema<?> problem = openApi.getComponents().getSchemas().get("Problem");
        return messages(schemas.validate(body == null ? "" : body, problem, "response.body"));
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
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
