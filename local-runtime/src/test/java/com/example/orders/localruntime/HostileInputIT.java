package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localruntime.contract.ApiContract;
import com.example.orders.localruntime.gateway.ApiGateway;
import com.example.orders.localruntime.gateway.GatewaySettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Hundreds of requests generated from the contract's schemas, sent through the local gateway to
 * the real functions on DynamoDB Local: every field of the order missing, null, of every wrong
 * type, at and beyond each bound, breaking its pattern, in every currency, with unicode edge
 * cases, unknown properties and duplicate keys; bodies that are not objects, too deep or too
 * large; header, query parameter, cursor and order id edge cases. Each is expected accepted or
 * refused, and where the contract's JSON Schema alone decides, the contract's own validator must
 * agree with that expectation: the contract says exactly what is accepted. No answer is a 5xx,
 * every answer is one the contract documents, every refusal is a problem naming the field, and
 * nothing a refused request sent is stored.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final String KEY = "hostile-input-key-0001";
    private static final ApiContract CONTRACT = ContractClient.CONTRACT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BASE_ORDER = """
            {"customer":{"customerId":"hostile-1","email":"ada@example.com","phone":"+447700900123"},
             "items":[{"sku":"BOOK-0001","name":"A book","quantity":1,"unitPrice":"39.99"}],
             "currency":"EUR",
             "shippingAddress":{"line1":"1 Example Street","line2":"Flat 2","city":"London","region":"Greater London",
             "postalCode":"SW1A 1AA","country":"GB"}}""";
    /** Stands for a raw JSON fragment that a tree cannot hold (an escape of an unpaired surrogate). */
    private static final String RAW = "@@raw-json@@";

    enum Verdict { ACCEPTED, REFUSED }

    /**
     * One request and what the contract says of it. {@code field} is what a refusal must name;
     * {@code contractDecides} is whether the contract's JSON Schema alone decides (else a rule its
     * description states, such as a currency's minor units, decides).
     */
    record Attack(String name, String method, String target, Map<String, String> headers, String body, Verdict verdict,
            String field, boolean contractDecides) {
        @Override
        public String toString() {
            return name.length() > 120 ? name.substring(0, 120) + "..." : name;
        }
    }

    private ApiGateway gateway;
    private LocalAws aws;
    private PlatformResources resources;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger refusedButWritten = new AtomicInteger();

    @BeforeAll
    void startTheApi(LocalAws aws, PlatformResources resources) {
        this.aws = aws;
        this.resources = resources;
        // Throttling has tests of its own; this suite sends its requests back to back.
        gateway = LocalApi.start(aws, resources, new GatewaySettings(0, Set.of(KEY)), GatewaySettings.DEFAULT_CORS_ORIGINS,
                Optional.of("100000"), Optional.of("100000"));
    }

    @AfterAll
    void report() {
        gateway.close();
        System.out.printf("Hostile input: sent %d, accepted %d, refused %d, 5xx %d, writes from refused requests %d%n",
                sent.get(), accepted.get(), refused.get(), serverErrors.get(), refusedButWritten.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void eachRequestIsAcceptedOrRefusedAsTheContractSays(Attack attack) {
        int storedBefore = stored();
        HttpResponse<String> response = send(attack);
        sent.incrementAndGet();
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        }
        assertThat(response.statusCode()).as("%s answered %s", attack, response.body()).isLessThan(500);
        assertThat(CONTRACT.responseViolations(attack.method(), URI.create(attack.target()).getRawPath(), response.statusCode(),
                response.headers().map(), response.body())).as("%s answered %d %s", attack, response.statusCode(), response.body())
                .isEmpty();
        if (attack.verdict() == Verdict.ACCEPTED) {
            accepted.incrementAndGet();
            assertThat(response.statusCode()).as("%s answered %s", attack, response.body()).isIn(200, 201, 404);
        } else {
            refused.incrementAndGet();
            assertThat(response.statusCode()).as("%s answered %s", attack, response.body()).isIn(400, 413, 415, 422);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            if (attack.field() != null) {
                assertThat(fieldsNamedBy(response)).as("%s answered %s", attack, response.body()).contains(attack.field());
            }
            int storedAfter = stored();
            if (storedAfter != storedBefore) {
                refusedButWritten.incrementAndGet();
            }
            assertThat(storedAfter).as("%s wrote nothing", attack).isEqualTo(storedBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void whereItsSchemaDecidesTheContractsOwnValidatorAgrees(Attack attack) {
        if (!attack.contractDecides()) {
            return;
        }
        URI target = URI.create(attack.target());
        var query = new LinkedHashMap<String, List<String>>();
        if (target.getRawQuery() != null) {
            for (String pair : target.getRawQuery().split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                query.computeIfAbsent(decode(nameAndValue[0]), name -> new ArrayList<>())
                        .add(nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
            }
        }
        var headers = new LinkedHashMap<String, List<String>>();
        attack.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        var violations = CONTRACT.validator().violations(attack.method(), decode(target.getRawPath()), query, headers, attack.body());
        assertThat(violations.isEmpty()).as("%s: the contract's validator says %s", attack, violations)
                .isEqualTo(attack.verdict() == Verdict.ACCEPTED);
    }

    @Test
    void theSuiteSendsAtLeastFiveHundredRequests() {
        assertThat(attacks().count()).isGreaterThanOrEqualTo(500);
    }

    static Stream<Attack> attacks() {
        var attacks = new ArrayList<Attack>();
        fields(attacks);
        currencies(attacks);
        money(attacks);
        unicode(attacks);
        structure(attacks);
        headers(attacks);
        queries(attacks);
        orderIds(attacks);
        return attacks.stream();
    }

    // ---- every field of an order, generated from its schema --------------------------------

    private static void fields(List<Attack> attacks) {
        Schema<?> request = CONTRACT.schema("CreateOrderRequest");
        walk(request, "", attacks);
    }

    /** Mutations of each property of {@code object} at {@code prefix}, and of the objects inside it. */
    private static void walk(Schema<?> object, String prefix, List<Attack> attacks) {
        List<String> required = object.getRequired() == null ? List.of() : object.getRequired();
        object.getProperties().forEach((name, property) -> {
            String path = prefix + name;
            Schema<?> schema = CONTRACT.resolved(property);
            boolean isRequired = required.contains(name);
            attacks.add(create("missing " + path, body -> remove(body, path),
                    isRequired ? Verdict.REFUSED : Verdict.ACCEPTED, path, true));
            attacks.add(create(path + " is null", body -> set(body, path, null), Verdict.REFUSED, path, true));
            if ("array".equals(schema.getType())) {
                walk(CONTRACT.resolved(schema.getItems()), path + "[0].", attacks);
                wrongTypes(path, List.of("\"x\"", "{}", "7"), attacks);
            } else if ("object".equals(schema.getType()) || schema.getProperties() != null) {
                walk(schema, path + ".", attacks);
                wrongTypes(path, List.of("\"x\"", "[]", "7", "true"), attacks);
            } else if ("integer".equals(schema.getType())) {
                integer(path, schema, attacks);
            } else if (schema.getEnum() == null && !"unitPrice".equals(name)) {
                string(path, schema, attacks);
            }
        });
    }

    private static void wrongTypes(String path, List<String> values, List<Attack> attacks) {
        for (String value : values) {
            attacks.add(create(path + " = " + value, body -> set(body, path, read(value)), Verdict.REFUSED, path, true));
        }
    }

    private static void integer(String path, Schema<?> schema, List<Attack> attacks) {
        int min = schema.getMinimum().intValue();
        int max = schema.getMaximum().intValue();
        for (int value : List.of(min, max)) {
            attacks.add(create(path + " = " + value, body -> set(body, path, JSON.getNodeFactory().numberNode(value)),
                    Verdict.ACCEPTED, path, true));
        }
        for (String value : List.of(Integer.toString(min - 1), Integer.toString(max + 1), "-1", "1.5", "1.0", "1e2", "2147483648",
                "\"1\"", "true", "[1]")) {
            attacks.add(create(path + " = " + value, body -> set(body, path, read(value)), Verdict.REFUSED, path, true));
        }
    }

    private static void string(String path, Schema<?> schema, List<Attack> attacks) {
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength();
        attacks.add(create(path + " of " + max + " characters", body -> set(body, path, text(filler(path, max))),
                Verdict.ACCEPTED, path, true));
        attacks.add(create(path + " of " + (max + 1) + " characters", body -> set(body, path, text(filler(path, max + 1))),
                Verdict.REFUSED, path, true));
        if (min > 1) {
            attacks.add(create(path + " of " + min + " characters", body -> set(body, path, text(filler(path, min))),
                    Verdict.ACCEPTED, path, true));
            attacks.add(create(path + " of " + (min - 1) + " characters", body -> set(body, path, text(filler(path, min - 1))),
                    Verdict.REFUSED, path, true));
        }
        attacks.add(create(path + " empty", body -> set(body, path, text("")), min > 0 ? Verdict.REFUSED : Verdict.ACCEPTED, path, true));
        for (String value : List.of("12", "true", "{}", "[\"x\"]")) {
            attacks.add(create(path + " = " + value, body -> set(body, path, read(value)), Verdict.REFUSED, path, true));
        }
        if (schema.getPattern() != null) {
            for (String value : outsidePattern(path)) {
                attacks.add(create(path + " = '" + value + "'", body -> set(body, path, text(value)), Verdict.REFUSED, path, true));
            }
        }
    }

    /** A value of {@code length} characters that the field's pattern admits. */
    private static String filler(String path, int length) {
        return switch (leaf(path)) {
            case "email" -> email(length);
            case "phone" -> "+1" + "2".repeat(Math.max(0, length - 2));
            case "country" -> "G".repeat(length);
            default -> "a".repeat(length);
        };
    }

    /** An address of {@code length} (6 or more) characters: a local part of up to 64, then labels of up to 63. */
    private static String email(int length) {
        int local = Math.min(64, length - 4);
        int left = length - local - 1;
        var domain = new StringBuilder();
        while (left > 64) {
            domain.append("b".repeat(63)).append('.');
            left -= 64;
        }
        if (left == 64) {
            domain.append("b".repeat(61)).append(".cc");
        } else if (domain.isEmpty()) {
            domain.append("b".repeat(left - 2)).append(".c");
        } else {
            domain.append("c".repeat(left));
        }
        return "a".repeat(local) + "@" + domain;
    }

    private static List<String> outsidePattern(String path) {
        return switch (leaf(path)) {
            case "customerId", "sku" -> List.of("has space", "tab\there", "caf\u00e9", "semi;colon", "slash/ed");
            case "email" -> List.of("ada", "ada@", "@example.com", "ada@example", "a da@example.com", "ada@exa_mple.com",
                    "a".repeat(65) + "@example.com", "ada@" + "b".repeat(64) + ".com");
            case "phone" -> List.of("07700900123", "+0447700900", "+44 7700 900123", "+44-7700-900123", "+4477009001234567");
            case "country" -> List.of("gb", "G1", "\u00c9S");
            default -> List.of();
        };
    }

    // ---- currencies and money -----------------------------------------------------------------

    private static void currencies(List<Attack> attacks) {
        for (Object code : CONTRACT.schema("CurrencyCode").getEnum()) {
            attacks.add(create("an order in " + code, body -> {
                set(body, "currency", text(code.toString()));
                set(body, "items[0].unitPrice", text("12"));
            }, Verdict.ACCEPTED, "currency", true));
        }
        for (String code : List.of("ZZZ", "eur", "Eur", "XAU", "CLF", "XTS", "EU", "EURO", "")) {
            attacks.add(create("currency '" + code + "'", body -> set(body, "currency", text(code)), Verdict.REFUSED, "currency", true));
        }
    }

    private static void money(List<Attack> attacks) {
        record Price(String currency, String unitPrice, int quantity, Verdict verdict, boolean contractDecides) {
        }
        List<Price> prices = List.of(
                new Price("JPY", "1500", 1, Verdict.ACCEPTED, true),
                new Price("JPY", "1.5", 1, Verdict.REFUSED, false),
                new Price("EUR", "1.5", 1, Verdict.ACCEPTED, true),
                new Price("EUR", "1.50", 1, Verdict.ACCEPTED, true),
                new Price("EUR", "1.505", 1, Verdict.REFUSED, false),
                new Price("EUR", "1.5055", 1, Verdict.REFUSED, true),
                new Price("KWD", "1.505", 1, Verdict.ACCEPTED, true),
                new Price("BHD", "0.001", 3, Verdict.ACCEPTED, true),
                new Price("KWD", "1.5055", 1, Verdict.REFUSED, true),
                new Price("EUR", "0", 1, Verdict.ACCEPTED, true),
                new Price("EUR", "9999999999.99", 1, Verdict.ACCEPTED, true),
                new Price("KWD", "9999999999.999", 1, Verdict.ACCEPTED, true),
                new Price("EUR", "9999999999.99", 2, Verdict.REFUSED, false),
                new Price("EUR", "5000000000", 2, Verdict.REFUSED, false));
        for (Price price : prices) {
            attacks.add(create(price.quantity() + " x " + price.unitPrice() + " " + price.currency(), body -> {
                set(body, "currency", text(price.currency()));
                set(body, "items[0].unitPrice", text(price.unitPrice()));
                set(body, "items[0].quantity", JSON.getNodeFactory().numberNode(price.quantity()));
            }, price.verdict(), price.quantity() > 1 ? "items" : "items[0].unitPrice", price.contractDecides()));
        }
        for (String price : List.of("39.99\u0000", "01", "1.", ".5", "-1", "1e2", "12345678901", "1,5", " 1", "1 ", "\uff11", "NaN",
                "Infinity", "0x10", "")) {
            attacks.add(create("unitPrice '" + price + "'", body -> set(body, "items[0].unitPrice", text(price)), Verdict.REFUSED,
                    "items[0].unitPrice", true));
        }
        for (String price : List.of("39.99", "4e1", "-1", "null", "{}")) {
            attacks.add(create("unitPrice as JSON " + price, body -> set(body, "items[0].unitPrice", read(price)), Verdict.REFUSED,
                    "items[0].unitPrice", true));
        }
    }

    // ---- strings as JSON Schema counts them ----------------------------------------------------

    private static void unicode(List<Attack> attacks) {
        String emoji = "\uD83D\uDE00";
        for (String path : List.of("items[0].name", "shippingAddress.line1", "shippingAddress.line2", "shippingAddress.city",
                "shippingAddress.region", "shippingAddress.postalCode")) {
            int max = maxLength(path);
            attacks.add(create(path + " of " + max + " emoji", body -> set(body, path, text(emoji.repeat(max))), Verdict.ACCEPTED, path, true));
            attacks.add(create(path + " of " + (max + 1) + " emoji", body -> set(body, path, text(emoji.repeat(max + 1))),
                    Verdict.REFUSED, path, true));
            for (String accepted : List.of("e\u0301t\u00e9", "\u202eevil", "tab\tand\nnewline", "\u200d\u200d", "\u4e2d\u6587",
                    "\uD834\uDD1E music", "  ")) {
                attacks.add(create(path + " = '" + accepted + "'", body -> set(body, path, text(accepted)), Verdict.ACCEPTED, path, true));
            }
            for (String escape : List.of("a\\ud800b", "\\udc00x", "x\\ud83d", "\\uffff", "\\ufffe", "\\ufdd0", "\\ud83f\\udffe")) {
                attacks.add(create(path + " = \"" + escape + "\" (not well-formed Unicode)", body -> set(body, path, text(RAW)),
                        escape, Verdict.REFUSED, path, false));
            }
            attacks.add(create(path + " = \"\\ud83d\\ude00\" (an escaped pair)", body -> set(body, path, text(RAW)), "\\ud83d\\ude00",
                    Verdict.ACCEPTED, path, true));
        }
    }

    private static int maxLength(String path) {
        String leaf = leaf(path);
        Schema<?> object = path.startsWith("items") ? CONTRACT.schema("OrderLineRequest") : CONTRACT.schema("Address");
        return object.getProperties().get(leaf).getMaxLength();
    }

    // ---- the body as a whole -------------------------------------------------------------------

    private static void structure(List<Attack> attacks) {
        for (String object : List.of("", "customer.", "items[0].", "shippingAddress.")) {
            attacks.add(create("unknown property at " + (object.isEmpty() ? "the top" : object), body -> set(body, object + "surprise",
                    text("!")), Verdict.REFUSED, object + "surprise", true));
        }
        var many = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            many.append(",\"extra").append(i).append("\":").append(i);
        }
        attacks.add(raw("3,000 unknown properties", BASE_ORDER.replaceFirst("}$", many + "}"), Verdict.REFUSED, "extra0", true));
        attacks.add(create("no items", body -> set(body, "items", JSON.createArrayNode()), Verdict.REFUSED, "items", true));
        attacks.add(create("50 items", body -> set(body, "items", items(50)), Verdict.ACCEPTED, "items", true));
        attacks.add(create("51 items", body -> set(body, "items", items(51)), Verdict.REFUSED, "items", true));
        attacks.add(create("the same SKU on two lines", body -> {
            ArrayNode items = items(2);
            ((ObjectNode) items.get(1)).put("sku", items.get(0).path("sku").asText());
            set(body, "items", items);
        }, Verdict.REFUSED, "items[1].sku", false));
        attacks.add(raw("not JSON", "this is not JSON", Verdict.REFUSED, "body", true));
        attacks.add(raw("a JSON array", "[]", Verdict.REFUSED, "body", true));
        attacks.add(raw("JSON null", "null", Verdict.REFUSED, "body", true));
        attacks.add(raw("a JSON string", "\"an order\"", Verdict.REFUSED, "body", true));
        attacks.add(raw("a JSON number", "42", Verdict.REFUSED, "body", true));
        attacks.add(raw("an empty body", "", Verdict.REFUSED, "body", true));
        attacks.add(raw("broken JSON", "{\"customer\":", Verdict.REFUSED, "body", true));
        attacks.add(raw("trailing content", BASE_ORDER + " {}", Verdict.REFUSED, "body", false));
        attacks.add(raw("a duplicate top-level key", BASE_ORDER.replace("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"currency\":\"USD\""),
                Verdict.REFUSED, "currency", false));
        attacks.add(raw("a duplicate nested key", BASE_ORDER.replace("\"quantity\":1", "\"quantity\":1,\"quantity\":2"),
                Verdict.REFUSED, "items[0].quantity", false));
        attacks.add(raw("nesting 200 deep", BASE_ORDER.replace("\"hostile-1\"", "[".repeat(200) + "]".repeat(200)),
                Verdict.REFUSED, null, true));
        attacks.add(raw("a body of 70 KB", BASE_ORDER.replace("A book", "x".repeat(70_000)), Verdict.REFUSED, null, true));
        attacks.add(raw("a body of 1 MB", BASE_ORDER.replace("A book", "x".repeat(1_048_576)), Verdict.REFUSED, null, true));
        for (String type : List.of("application/json; charset=utf-8", "application/json;charset=UTF-8", "Application/JSON")) {
            attacks.add(new Attack("Content-Type " + type, "POST", "/orders", headers("Content-Type", type), BASE_ORDER,
                    Verdict.ACCEPTED, null, true));
        }
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/json-patch+json",
                "application/xml")) {
            attacks.add(new Attack("Content-Type " + type, "POST", "/orders", headers("Content-Type", type), BASE_ORDER,
                    Verdict.REFUSED, null, false));
        }
        attacks.add(new Attack("no Content-Type", "POST", "/orders", Map.of("x-api-key", KEY), BASE_ORDER, Verdict.REFUSED, null, false));
    }

    private static ArrayNode items(int count) {
        ArrayNode items = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            items.addObject().put("sku", "SKU-" + i).put("name", "Item " + i).put("quantity", 1).put("unitPrice", "1.00");
        }
        return items;
    }

    // ---- headers ---------------------------------------------------------------------------------

    private static void headers(List<Attack> attacks) {
        record Value(String header, String value, Verdict verdict) {
        }
        String unique = UUID.randomUUID().toString().replace("-", "");
        List<Value> values = List.of(
                new Value("Idempotency-Key", "k".repeat(7), Verdict.REFUSED),
                new Value("Idempotency-Key", unique.substring(0, 8), Verdict.ACCEPTED),
                new Value("Idempotency-Key", unique + "k".repeat(96), Verdict.ACCEPTED),
                new Value("Idempotency-Key", unique + "k".repeat(97), Verdict.REFUSED),
                new Value("Idempotency-Key", "bad key!" + unique, Verdict.REFUSED),
                new Value("Idempotency-Key", "caf\u00e9-" + unique, Verdict.REFUSED),
                new Value("x-correlation-id", "web-checkout-7f3a", Verdict.ACCEPTED),
                new Value("x-correlation-id", "c".repeat(128), Verdict.ACCEPTED),
                new Value("x-correlation-id", "c".repeat(129), Verdict.REFUSED),
                new Value("x-correlation-id", "has space", Verdict.REFUSED),
                new Value("x-correlation-id", "quote\"d", Verdict.REFUSED));
        for (Value value : values) {
            var headers = new LinkedHashMap<>(headers("Content-Type", "application/json"));
            headers.put(value.header(), value.value());
            attacks.add(new Attack(value.header() + " '" + value.value() + "'", "POST", "/orders", headers, BASE_ORDER,
                    value.verdict(), value.header(), true));
        }
        String reused = "reused-" + unique;
        attacks.add(new Attack("an Idempotency-Key used first", "POST", "/orders",
                with(headers("Content-Type", "application/json"), "Idempotency-Key", reused), BASE_ORDER, Verdict.ACCEPTED, null, true));
        attacks.add(new Attack("the same Idempotency-Key with the same body", "POST", "/orders",
                with(headers("Content-Type", "application/json"), "Idempotency-Key", reused), BASE_ORDER, Verdict.ACCEPTED, null, true));
        attacks.add(new Attack("the same Idempotency-Key with another body", "POST", "/orders",
                with(headers("Content-Type", "application/json"), "Idempotency-Key", reused), BASE_ORDER.replace("A book", "Another"),
                Verdict.REFUSED, null, false));
    }

    // ---- listings and order ids ------------------------------------------------------------------

    private static void queries(List<Attack> attacks) {
        for (String status : List.of("PENDING", "PROCESSING", "COMPLETED", "FAILED")) {
            attacks.add(get("status=" + status, "/orders?status=" + status, Verdict.ACCEPTED, null, true));
        }
        for (String status : List.of("pending", "SHIPPED", "", "PENDING%00", "%20PENDING")) {
            attacks.add(get("status='" + status + "'", "/orders?status=" + status, Verdict.REFUSED, "status", true));
        }
        attacks.add(get("no status", "/orders", Verdict.REFUSED, "status", true));
        attacks.add(get("status and an unknown parameter", "/orders?status=PENDING&colour=red", Verdict.ACCEPTED, null, true));
        for (String limit : List.of("1", "100", "%205", "20")) {
            attacks.add(get("limit='" + limit + "'", "/orders?status=PENDING&limit=" + limit, Verdict.ACCEPTED, null, true));
        }
        for (String limit : List.of("0", "101", "-1", "abc", "", "007", "%2B5", "5.0", "1e1", "99999999999", "%D9%A3")) {
            attacks.add(get("limit='" + limit + "'", "/orders?status=PENDING&limit=" + limit, Verdict.REFUSED, "limit", true));
        }
        for (String token : List.of("abc%24%25", "x".repeat(1025), "", "has%20space")) {
            attacks.add(get("nextToken='" + token + "'", "/orders?status=PENDING&nextToken=" + token, Verdict.REFUSED, "nextToken", true));
        }
        attacks.add(get("a forged nextToken", "/orders?status=PENDING&nextToken=" + "A".repeat(80), Verdict.REFUSED, "nextToken", false));
    }

    private static void orderIds(List<Attack> attacks) {
        attacks.add(get("an order nobody created", "/orders/" + UUID.randomUUID(), Verdict.ACCEPTED, null, true));
        for (String id : List.of(UUID.randomUUID().toString().toUpperCase(), UUID.randomUUID().toString().substring(1),
                UUID.randomUUID() + "0", "not-a-uuid", "%20" + UUID.randomUUID().toString().substring(3), "a".repeat(3000),
                UUID.randomUUID().toString().replace("-", ""))) {
            attacks.add(get("order id '" + id + "'", "/orders/" + id, Verdict.REFUSED, "orderId", true));
        }
    }

    // ---- building requests ----------------------------------------------------------------------

    private static Attack create(String name, Consumer<ObjectNode> mutation, Verdict verdict, String field, boolean contractDecides) {
        return create(name, mutation, null, verdict, field, contractDecides);
    }

    /** A create of the base order changed by {@code mutation}; {@code raw} replaces the marker a mutation put in. */
    private static Attack create(String name, Consumer<ObjectNode> mutation, String raw, Verdict verdict, String field,
            boolean contractDecides) {
        ObjectNode body = (ObjectNode) read(BASE_ORDER);
        mutation.accept(body);
        String text = body.toString();
        if (raw != null) {
            text = text.replace(RAW, raw);
        }
        return new Attack(name, "POST", "/orders", headers("Content-Type", "application/json"), text, verdict,
                verdict == Verdict.REFUSED ? field : null, contractDecides);
    }

    private static Attack raw(String name, String body, Verdict verdict, String field, boolean contractDecides) {
        return new Attack(name, "POST", "/orders", headers("Content-Type", "application/json"), body, verdict, field, contractDecides);
    }

    private static Attack get(String name, String target, Verdict verdict, String field, boolean contractDecides) {
        return new Attack(name, "GET", target, Map.of("x-api-key", KEY), null, verdict, field, contractDecides);
    }

    private static Map<String, String> headers(String name, String value) {
        return with(Map.of("x-api-key", KEY), name, value);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        var with = new LinkedHashMap<>(headers);
        with.put(name, value);
        return with;
    }

    /** Sets {@code path} ({@code customer.email}, {@code items[0].sku}) to {@code value}. */
    private static void set(ObjectNode body, String path, JsonNode value) {
        List<String> steps = steps(path);
        JsonNode parent = body;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.matches("[0-9]+") ? parent.get(Integer.parseInt(step)) : parent.get(step);
        }
        String last = steps.getLast();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value == null ? JSON.getNodeFactory().nullNode() : value);
        }
    }

    private static void remove(ObjectNode body, String path) {
        List<String> steps = steps(path);
        JsonNode parent = body;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.matches("[0-9]+") ? parent.get(Integer.parseInt(step)) : parent.get(step);
        }
        ((ObjectNode) parent).remove(steps.getLast());
    }

    private static List<String> steps(String path) {
        return List.of(path.replace("[", ".").replace("]", "").split("\\."));
    }

    private static String leaf(String path) {
        return steps(path).getLast();
    }

    private static JsonNode text(String value) {
        return JSON.getNodeFactory().textNode(value);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String component) {
        return URLDecoder.decode(component.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(Attack attack) {
        var builder = HttpRequest.newBuilder(URI.create(gateway.uri() + attack.target())).timeout(Duration.ofSeconds(30));
        attack.headers().forEach(builder::header);
        builder.method(attack.method(), attack.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(attack.body()));
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fieldsNamedBy(HttpResponse<String> response) {
        var fields = new ArrayList<String>();
        read(response.body()).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    /** Items in the tables a create writes: the orders and the idempotency keys. */
    private int stored() {
        return count(resources.ordersTable()) + count(resources.idempotencyTable());
    }

    private int count(String table) {
        return aws.dynamoDb().scan(request -> request.tableName(table).select(Select.COUNT)).count();
    }
}
