package com.example.orders.localruntime.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables API Gateway gives a mapping template, built for one request: {@code $context}
 * (request, identity, error and the {@code responseOverride} a template may set),
 * {@code $input}, {@code $util} and {@code $stageVariables}, as the API Gateway developer guide's
 * mapping template reference describes them.
 */
final class TemplateVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateVariables() {
    }

    /**
     * The variables for {@code request}; {@code error} fills {@code $context.error} (null when
     * there is none), and {@code body} is what {@code $input} reads.
     */
    static Map<String, Object> of(GatewayRequest request, String resourcePath, Map<String, String> stageVariables,
            String stage, GatewayError error, String body) {
        var context = new LinkedHashMap<String, Object>();
        context.put("requestId", request.requestId());
        context.put("extendedRequestId", request.requestId());
        context.put("httpMethod", request.method());
        context.put("path", request.path());
        context.put("resourcePath", resourcePath);
        context.put("stage", stage);
        context.put("apiId", LambdaProxyIntegration.API_ID);
        context.put("accountId", com.example.orders.localaws.LocalAws.ACCOUNT_ID);
        context.put("protocol", request.protocol());
        context.put("domainName", request.header("host").orElse(""));
        context.put("requestTimeEpoch", request.receivedAt().toEpochMilli());
        var identity = new LinkedHashMap<String, Object>();
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", request.header("user-agent").orElse(""));
        context.put("identity", identity);
        var errorVariables = new LinkedHashMap<String, Object>();
        if (error != null) {
            errorVariables.put("message", error.message());
            errorVariables.put("messageString", quoted(error.message()));
            errorVariables.put("responseType", error.type().name());
            errorVariables.put("validationErrorString", error.validationErrorString());
        }
        context.put("error", errorVariables);
        var responseOverride = new LinkedHashMap<String, Object>();
        responseOverride.put("header", new LinkedHashMap<String, Object>());
        context.put("responseOverride", responseOverride);

        var variables = new LinkedHashMap<String, Object>();
        variables.put("context", context);
        variables.put("input", new Input(request, body));
        variables.put("util", new Util());
        variables.put("stageVariables", new LinkedHashMap<>(stageVariables));
        return variables;
    }

    /** What a template set with {@code #set($context.responseOverride.status = ...)}, if anything. */
    @SuppressWarnings("unchecked")
    static Overrides overrides(Map<String, Object> variables) {
        var context = (Map<String, Object>) variables.get("context");
        var responseOverride = (Map<String, Object>) context.get("responseOverride");
        Object status = responseOverride.get("status");
        var headers = new LinkedHashMap<String, String>();
        ((Map<String, Object>) responseOverride.get("header")).forEach((name, value) -> {
            if (value != null) {
                headers.put(name, value.toString());
            }
        });
        return new Overrides(status == null ? null : Integer.valueOf(status.toString()), headers);
    }

    record Overrides(Integer status, Map<String, String> headers) {
    }

    /** {@code "text"} as a JSON string literal, as API Gateway's {@code messageString} is. */
    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /** {@code $input}: the request's parameters and body. */
    public static final class Input {

        private final GatewayRequest request;
        private final String body;

        Input(GatewayRequest request, String body) {
            this.request = request;
            this.body = body == null ? "" : body;
        }

        /** {@code $input.params()}: path, querystring and header parameters, one value each. */
        public Map<String, Map<String, String>> params() {
            var params = new LinkedHashMap<String, Map<String, String>>();
            params.put("path", new LinkedHashMap<>(request.pathParameters()));
            params.put("querystring", lastValues(request.queryParameters()));
            params.put("header", lastValues(request.headers()));
            return params;
        }

        /** {@code $input.params('x')}: the path, then the query string, then the headers. */
        public String params(String name) {
            Map<String, Map<String, String>> params = params();
            for (String place : List.of("path", "querystring", "header")) {
                String value = params.get(place).get(name);
                if (value != null) {
                    return value;
                }
            }
            return "";
        }

        /** {@code $input.body}: the raw payload. */
        public String getBody() {
            return body;
        }

        /** {@code $input.json('$.a.b')}: a part of the payload as JSON text. */
        public String json(String path) {
            JsonNode node = select(path);
            return node.isMissingNode() ? "" : node.toString();
        }

        /** {@code $input.path('$.a.b')}: a part of the payload as an object a template can walk. */
        public Object path(String path) {
            JsonNode node = select(path);
            return node.isMissingNode() ? "" : JSON.convertValue(node, Object.class);
        }

        /** A JSONPath of member names ({@code $}, {@code $.a.b}), the form mapping templates use. */
        private JsonNode select(String path) {
            JsonNode node;
            try {
                node = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (JsonProcessingException notJson) {
                throw new IllegalArgumentException("The request body is not JSON", notJson);
            }
            if (!path.startsWith("$")) {
                throw new IllegalArgumentException("Not a JSONPath: " + path);
            }
            for (String member : path.substring(1).split("\\.")) {
                if (!member.isEmpty()) {
                    node = node.path(member);
                }
            }
            return node;
        }

        private static Map<String, String> lastValues(Map<String, List<String>> multimap) {
            var last = new LinkedHashMap<String, String>();
            multimap.forEach((name, values) -> last.put(name, values.getLast()));
            return last;
        }
    }

    /** {@code $util}: the helpers API Gateway documents. */
    public static final class Util {

        public String escapeJavaScript(String text) {
            return new String(JsonStringEncoder.getInstance().quoteAsString(text)).replace("'", "\\'");
        }

        public Object parseJson(String json) {
            try {
                return JSON.readValue(json, new TypeReference<Object>() { });
            } catch (JsonProcessingException notJson) {
                throw new IllegalArgumentException("$util.parseJson was given text that is not JSON", notJson);
            }
        }

        public String urlEncode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }

        public String urlDecode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }

        public String base64Encode(String text) {
            return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        public String base64Decode(String text) {
            return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        }
    }
}
