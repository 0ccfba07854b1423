package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.GatewaySettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Malformed requests of every kind, sent over a socket to the local gateway in front of the real
 * handlers and DynamoDB Local: each gets its documented 4xx as problem+json, and none of them
 * writes anything.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private static final String KEY = "bad-input-key-0001";
    private static final String VALID = """
            {"customer":{"customerId":"cust-1","email":"ada@example.com","phone":"+447700900123"},
             "items":[{"sku":"BOOK-0001","name":"A book","quantity":1,"unitPrice":"39.99"}],
             "currency":"EUR",
             "shippingAddress":{"line1":"1 Example Street","city":"London","postalCode":"SW1A 1AA","country":"GB"}}""";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ApiGateway gateway;
    private LocalAws aws;
    private PlatformResources resources;

    /** One malformed request and the status the contract documents for it. */
    record BadRequest(String name, String method, String path, Map<String, String> headers, byte[] body, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void startGateway(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        // Rate limiting has its own tests; this suite sends a few hundred requests at once.
        gateway = LocalApi.start(aws, resources, new GatewaySettings(0, Set.of(KEY)), GatewaySettings.DEFAULT_CORS_ORIGINS,
                Optional.of("10000"), Optional.of("10000"));
    }

    @AfterAll
    void stopGateway() {
        gateway.close();
    }

    static Stream<BadRequest> badRequests() {
        var cases = new ArrayList<BadRequest>();
        // Broken or non-object JSON
        cases.add(post("broken JSON", "{\"customer\":"));
        cases.add(post("empty body", ""));
        cases.add(post("JSON array", "[]"));
        cases.add(post("JSON null", "null"));
        cases.add(post("JSON string", "\"an order\""));
        cases.add(post("trailing content", VALID + " {}"));
        cases.add(post("duplicate key", VALID.replace("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"currency\":\"USD\"")));
        cases.add(post("deep nesting", VALID.replace("\"cust-1\"", "[".repeat(200) + "]".repeat(200))));
        cases.add(new BadRequest("invalid UTF-8", "POST", "/orders", json(), invalidUtf8(), 400));
        // Wrong types
        cases.add(post("quantity as string", VALID.replace("\"quantity\":1", "\"quantity\":\"1\"")));
        cases.add(post("price as JSON number", VALID.replace("\"39.99\"", "39.99")));
        cases.add(post("items as object", VALID.replace("\"items\":[", "\"items\":{\"x\":[").replace("}],", "}]},")));
        cases.add(post("customer as string", VALID.replaceFirst("\\{\"customerId\":\"cust-1\",\"email\":\"ada@example.com\",\"phone\":\"\\+447700900123\"}", "\"cust-1\"")));
        cases.add(post("currency as number", VALID.replace("\"EUR\"", "978")));
        // Quantities
        cases.add(post("zero quantity", VALID.replace("\"quantity\":1", "\"quantity\":0")));
        cases.add(post("negative quantity", VALID.replace("\"quantity\":1", "\"quantity\":-1")));
        cases.add(post("fractional quantity", VALID.replace("\"quantity\":1", "\"quantity\":1.5")));
        cases.add(post("quantity above maximum", VALID.replace("\"quantity\":1", "\"quantity\":1001")));
        // Prices and currency
        cases.add(post("price with 3 decimals", VALID.replace("\"39.99\"", "\"39.999\"")));
        cases.add(post("negative price", VALID.replace("\"39.99\"", "\"-39.99\"")));
        cases.add(post("price not a number", VALID.replace("\"39.99\"", "\"abc\"")));
        cases.add(post("price in exponent form", VALID.replace("\"39.99\"", "\"4e1\"")));
        cases.add(post("unknown currency", VALID.replace("\"EUR\"", "\"ZZZ\"")));
        cases.add(post("lowercase currency", VALID.replace("\"EUR\"", "\"eur\"")));
        cases.add(post("decimals in a currency without minor units", VALID.replace("\"EUR\"", "\"JPY\"")));
        // Item lists
        cases.add(post("empty item list", VALID.replaceFirst("\\[\\{\"sku\".*?}]", "[]")));
        cases.add(post("51 items", VALID.replaceFirst("\\[\\{\"sku\".*?}]", manyItems(51))));
        cases.add(post("repeated SKU", VALID.replaceFirst("\\[(\\{\"sku\".*?})]", "[$1,$1]")));
        // Unknown and missing fields
        cases.add(post("unknown top-level field", VALID.replace("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"coupon\":\"X\"")));
        cases.add(post("unknown item field", VALID.replace("\"sku\":\"BOOK-0001\"", "\"sku\":\"BOOK-0001\",\"colour\":\"red\"")));
        cases.add(post("unknown customer field", VALID.replace("\"customerId\":\"cust-1\"", "\"customerId\":\"cust-1\",\"vip\":true")));
        cases.add(post("missing customer", VALID.replaceFirst("\"customer\":\\{.*?},", "")));
        cases.add(post("missing currency", VALID.replace(",\n \"currency\":\"EUR\"", "")));
        cases.add(post("missing customerId", VALID.replace("\"customerId\":\"cust-1\",", "")));
        // Bounds and formats of strings
        cases.add(post("empty SKU", VALID.replace("\"BOOK-0001\"", "\"\"")));
        cases.add(post("SKU too long", VALID.replace("\"BOOK-0001\"", "\"" + "S".repeat(65) + "\"")));
        cases.add(post("name too long", VALID.replace("\"A book\"", "\"" + "n".repeat(201) + "\"")));
        cases.add(post("email without domain", VALID.replace("ada@example.com", "ada")));
        cases.add(post("phone not E.164", VALID.replace("+447700900123", "07700 900123")));
        cases.add(post("lowercase country", VALID.replace("\"GB\"", "\"gb\"")));
        // Size, media type, headers
        cases.add(post("body over 64 KiB", VALID.replace("\"A book\"", "\"" + "x".repeat(70_000) + "\""), 413));
        cases.add(new BadRequest("text/plain body", "POST", "/orders", Map.of("Content-Type", "text/plain", "x-api-key", KEY),
                VALID.getBytes(StandardCharsets.UTF_8), 415));
        cases.add(new BadRequest("Idempotency-Key too short", "POST", "/orders",
                Map.of("Content-Type", "application/json", "x-api-key", KEY, "Idempotency-Key", "short"),
                VALID.getBytes(StandardCharsets.UTF_8), 400));
        cases.add(new BadRequest("missing API key", "POST", "/orders", Map.of("Content-Type", "application/json"),
                VALID.getBytes(StandardCharsets.UTF_8), 403));
        cases.add(new BadRequest("wrong API key", "POST", "/orders", Map.of("Content-Type", "application/json", "x-api-key", "nope-nope-nope"),
                VALID.getBytes(StandardCharsets.UTF_8), 403));
        // Queries
        cases.add(get("malformed order id", "/orders/not-a-uuid", 400));
        cases.add(get("uppercase order id", "/orders/" + UUID.randomUUID().toString().toUpperCase(), 400));
        cases.add(get("list without status", "/orders", 400));
        cases.add(get("unknown status", "/orders?status=SHIPPED", 400));
        cases.add(get("limit zero", "/orders?status=PENDING&limit=0", 400));
        cases.add(get("limit above 100", "/orders?status=PENDING&limit=101", 400));
        cases.add(get("limit not a number", "/orders?status=PENDING&limit=ten", 400));
        cases.add(get("forged cursor", "/orders?status=PENDING&nextToken="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[80]), 400));
        cases.add(get("cursor with illegal characters", "/orders?status=PENDING&nextToken=abc%24%25", 400));
        cases.add(new BadRequest("get without API key", "GET", "/orders/" + UUID.randomUUID(), Map.of(), null, 403));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestGetsItsDocumentedStatus(BadRequest request) throws Exception {
        assertThat(send(request).statusCode()).isEqualTo(request.status());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestIsAnsweredWithProblemJson(BadRequest request) throws Exception {
        assertThat(send(request).headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void noBadRequestWritesAnything() throws Exception {
        for (BadRequest request : badRequests().toList()) {
            send(request);
        }
        assertThat(itemCount(resources.ordersTable()) + itemCount(resources.idempotencyTable())).isZero();
    }

    @Test
    void thereAreAtLeastFortyCases() {
        assertThat(badRequests().count()).isGreaterThanOrEqualTo(40);
    }

    private int itemCount(String table) {
        return aws.dynamoDb().scan(r -> r.tableName(table).select(Select.COUNT)).count();
    }

    private HttpResponse<String> send(BadRequest request) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(gateway.uri() + request.path())).timeout(Duration.ofSeconds(20));
        request.headers().forEach(builder::header);
        builder.method(request.method(), request.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ContractClient.CONTRACT.responseViolations(request.method(), URI.create(request.path()).getRawPath(),
                response.statusCode(), response.headers().map(), response.body())).as(request.name()).isEmpty();
        return response;
    }

    private static Map<String, String> json() {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", "application/json");
        headers.put("x-api-key", KEY);
        return headers;
    }

    private static BadRequest post(String name, String body) {
        return post(name, body, 400);
    }

    private static BadRequest post(String name, String body, int status) {
        return new BadRequest(name, "POST", "/orders", json(), body.getBytes(StandardCharsets.UTF_8), status);
    }

    private static BadRequest get(String name, String pathAndQuery, int status) {
        return new BadRequest(name, "GET", pathAndQuery, Map.of("x-api-key", KEY), null, status);
    }

    private static byte[] invalidUtf8() {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] broken = valid.clone();
        int at = VALID.indexOf("A book") + 2;
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        return broken;
    }

    private static String manyItems(int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add("{\"sku\":\"SKU-" + i + "\",\"name\":\"Item\",\"quantity\":1,\"unitPrice\":\"1.00\"}");
        }
        return "[" + String.join(",", items) + "]";
    }
}
