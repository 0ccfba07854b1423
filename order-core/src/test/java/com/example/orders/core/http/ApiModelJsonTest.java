package com.example.orders.core.http;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.api.model.Address;
import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.api.model.Order;
import com.example.orders.api.model.OrderPage;
import com.example.orders.core.mapping.OrderApiMapper;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.OrderStatus;
import com.example.orders.core.validation.InvalidRequestException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ApiModelJson against the object mapper it stands in for: for every body, the same model or the
 * same refusal; for every model, the same document, byte for byte (a request's document is its
 * idempotency fingerprint, so a changed byte would refuse a client's honest retry).
 */
class ApiModelJsonTest {

    private static final String LINE = "{\"sku\":\"SKU-1\",\"name\":\"Pen\",\"quantity\":2,\"unitPrice\":\"1.50\"}";
    private static final String CUSTOMER = "{\"customerId\":\"c-1\",\"email\":\"ada@example.com\",\"phone\":\"+447700900123\"}";
    private static final String ADDRESS = """
            {"line1":"1 High St","line2":"Flat 2","city":"Leeds","region":"West Yorkshire","postalCode":"LS1 1AA","country":"GB"}""";

    private static String order(String customer, String items, String currency, String address) {
        var fields = new ArrayList<String>();
        if (customer != null) {
            fields.add("\"customer\":" + customer);
        }
        if (items != null) {
            fields.add("\"items\":" + items);
        }
        if (currency != null) {
            fields.add("\"currency\":" + currency);
        }
        if (address != null) {
            fields.add("\"shippingAddress\":" + address);
        }
        return "{" + String.join(",", fields) + "}";
    }

    /** Bodies the object mapper reads into a model, each a way a client may send one. */
    static Stream<String> acceptedBodies() {
        return Stream.of(
                order(CUSTOMER, "[" + LINE + "]", "\"EUR\"", null),
                order(CUSTOMER, "[" + LINE + "," + LINE.replace("SKU-1", "SKU-2") + "]", "\"JPY\"", ADDRESS),
                order("{\"customerId\":\"c-1\"}", "[]", "\"BHD\"", "{}"),
                order("{}", "[{}]", "\"USD\"", null),
                " \n" + order(CUSTOMER, "[" + LINE + "]", "\"EUR\"", null) + "\n ",
                order("{\"customerId\":\"\",\"email\":\"\"}", "[" + LINE.replace("Pen", "") + "]", "\"EUR\"", null),
                order("{\"customerId\":\"\\u00e9\\ud83d\\ude00 c\"}", "[" + LINE.replace("Pen", "Stift \\\" \\\\ \\n ✓ 😀") + "]",
                        "\"EUR\"", null),
                order(CUSTOMER, "[" + LINE.replace("2,", "-0,") + "]", "\"EUR\"", null),
                order(CUSTOMER, "[" + LINE.replace("2,", "2147483647,") + "]", "\"EUR\"", null),
                "{\"currency\":\"EUR\",\"shippingAddress\":" + ADDRESS + ",\"items\":[" + LINE + "],\"customer\":" + CUSTOMER + "}",
                "{}");
    }

    /** Bodies the straight path leaves to the object mapper, which refuses nearly all of them naming the field. */
    static Stream<String> otherBodies() {
        String valid = order(CUSTOMER, "[" + LINE + "]", "\"EUR\"", null);
        return Stream.of(
                null, "", "   ", "null", "[]", "\"order\"", "42", "{", "{\"customer\":", valid + "{}", valid + " x",
                valid.replace("\"EUR\"", "\"eur\""), valid.replace("\"EUR\"", "\"XXX\""), valid.replace("\"EUR\"", "null"),
                valid.replace("\"EUR\"", "1"), valid.replace("\"EUR\"", "\"\""),
                valid.replace(CUSTOMER, "null"), valid.replace(CUSTOMER, "[]"), valid.replace(CUSTOMER, "\"c-1\""),
                valid.replace("\"c-1\"", "null"), valid.replace("\"c-1\"", "7"), valid.replace("\"c-1\"", "true"),
                valid.replace("\"c-1\"", "{}"), valid.replace("\"c-1\"", "\"a\\ud800b\""), valid.replace("\"c-1\"", "\"\\ufdd0\""),
                valid.replace("\"c-1\"", "\"\\uffff\""), valid.replace("\"customerId\"", "\"customerID\""),
                valid.replace("\"c-1\"", "\"c-1\",\"customerId\":\"c-2\""), valid.replace("{\"customer\"", "{\"colour\":1,\"customer\""),
                valid.replace("\"sku\"", "\"colour\":[1,{\"a\":2}],\"sku\""), valid.replace("2,", "2.0,"), valid.replace("2,", "1e2,"),
                valid.replace("2,", "\"2\","), valid.replace("2,", "2147483648,"), valid.replace("2,", "007,"),
                valid.replace("2,", "null,"), valid.replace("2,", "99999999999999999999999999999999999,"),
                valid.replace("\"1.50\"", "1.50"), valid.replace("\"1.50\"", "null"), valid.replace("[" + LINE + "]", "null"),
                valid.replace("[" + LINE + "]", "{}"), valid.replace("[" + LINE + "]", "[null]"), valid.replace("[" + LINE + "]", "[1]"),
                valid.replace("[" + LINE + "]", "[[]]"), valid.replace("[" + LINE + "]", "\"" + LINE.replace("\"", "\\\"") + "\""),
                order(CUSTOMER, "[" + LINE + "]", "\"EUR\"", "null"), order(CUSTOMER, "[" + LINE + "]", "\"EUR\"", "[]"),
                order(CUSTOMER, "[" + LINE + "]", "\"EUR\"", ADDRESS.replace("\"GB\"", "\"GB\",\"planet\":\"Earth\"")),
                order(CUSTOMER, "[" + LINE + "]", "\"EUR\"", ADDRESS.replace("\"Leeds\"", "false")),
                valid.replace("{\"customer\"", "{\"items\":[],\"customer\""),
                valid.replace("{\"customer\"", "{/* note */\"customer\""),
                valid.replace("\"customer\"", "'customer'"),
                "{\"customer\":" + "[".repeat(20) + "]".repeat(20) + "}",
                valid.replace("\"Pen\"", "\"" + "x".repeat(70_000) + "\""));
    }

    private static Object outcome(ThrowingRead read) {
        try {
            return read.body();
        } catch (InvalidRequestException refused) {
            return refused.violations();
        }
    }

    @FunctionalInterface
    private interface ThrowingRead {
        Object body();
    }

    @ParameterizedTest
    @MethodSource("acceptedBodies")
    void readsAnAcceptedBodyStraightIntoTheModelTheObjectMapperReads(String body) {
        assertThat(ApiModelJson.straight(body)).contains(ApiJson.read(body, CreateOrderRequest.class));
    }

    @ParameterizedTest
    @MethodSource("otherBodies")
    void answersAnyOtherBodyAsTheObjectMapperDoes(String body) {
        assertThat(outcome(() -> ApiModelJson.readCreateOrderRequest(body)))
                .isEqualTo(outcome(() -> ApiJson.read(body, CreateOrderRequest.class)));
    }

    @ParameterizedTest
    @MethodSource("acceptedBodies")
    void writesARequestAsTheObjectMapperWritesIt(String body) {
        CreateOrderRequest request = ApiJson.read(body, CreateOrderRequest.class);
        assertThat(ApiModelJson.write(request)).isEqualTo(ApiJson.write(request));
    }

    static Stream<Order> orders() {
        Order full = OrderApiMapper.INSTANCE.toApi(anOrder().failedBecause("Out of stock: \"PEN\" \u00e9 😀").build())
                .shippingAddress(new Address().line1("1 High St").line2("Flat 2").city("Leeds").region("W Yorks")
                        .postalCode("LS1 1AA").country("GB"))
                .createdAt(OffsetDateTime.of(2026, 12, 1, 1, 2, 3, 0, ZoneOffset.ofHours(5)))
                .updatedAt(OffsetDateTime.of(2026, 12, 1, 1, 2, 3, 120_000_000, ZoneOffset.UTC));
        Order plain = OrderApiMapper.INSTANCE.toApi(anOrder().withStatus(OrderStatus.PENDING)
                .withCustomer(new Customer("c-2", null, null)).build());
        Order sparse = new Order();
        return Stream.of(full, plain, sparse);
    }

    @ParameterizedTest
    @MethodSource("orders")
    void writesAnOrderAsTheObjectMapperWritesIt(Order order) {
        assertThat(ApiModelJson.write(order)).isEqualTo(ApiJson.write(order));
    }

    /**
     * {@code type} with every property the generator gave it set: a property added to the spec
     * is then in the object mapper's documents, and the tests below fail until ApiModelJson
     * reads and writes it too.
     */
    private static Object populated(Class<?> type) throws ReflectiveOperationException {
        Object model = type.getConstructor().newInstance();
        for (Method setter : type.getMethods()) {
            if (setter.getName().startsWith("set") && setter.getParameterCount() == 1) {
                setter.invoke(model, sample(setter.getParameterTypes()[0], setter.getGenericParameterTypes()[0]));
            }
        }
        return model;
    }

    private static Object sample(Class<?> type, Type generic) throws ReflectiveOperationException {
        if (type == String.class) {
            return "sample";
        }
        if (type == Integer.class) {
            return 7;
        }
        if (type == UUID.class) {
            return UUID.fromString("0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10");
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 12, 1, 1, 2, 3, 4_000_000, ZoneOffset.UTC);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> itemClass = (Class<?>) (item instanceof AnnotatedType annotated ? annotated.getType() : item);
            return new ArrayList<>(List.of(populated(itemClass)));
        }
        return populated(type);
    }

    @Test
    void readsEveryPropertyTheGeneratorGivesTheRequest() throws ReflectiveOperationException {
        var request = (CreateOrderRequest) populated(CreateOrderRequest.class);
        assertThat(ApiModelJson.straight(ApiJson.write(request))).contains(request);
    }

    @Test
    void writesEveryPropertyTheGeneratorGivesTheRequest() throws ReflectiveOperationException {
        var request = (CreateOrderRequest) populated(CreateOrderRequest.class);
        assertThat(ApiModelJson.write(request)).isEqualTo(ApiJson.write(request));
    }

    @Test
    void writesEveryPropertyTheGeneratorGivesTheOrder() throws ReflectiveOperationException {
        var order = (Order) populated(Order.class);
        assertThat(ApiModelJson.write(order)).isEqualTo(ApiJson.write(order));
    }

    @Test
    void writesEveryPropertyTheGeneratorGivesAPage() throws ReflectiveOperationException {
        var page = (OrderPage) populated(OrderPage.class);
        assertThat(ApiModelJson.write(page)).isEqualTo(ApiJson.write(page));
    }

    @ParameterizedTest
    @MethodSource("orders")
    void writesAPageAsTheObjectMapperWritesIt(Order order) {
        var last = new OrderPage().items(new ArrayList<>(List.of(order, order)));
        var empty = new OrderPage().items(new ArrayList<>()).nextToken("next");
        assertThat(List.of(ApiModelJson.write(last), ApiModelJson.write(empty)))
                .containsExactly(ApiJson.write(last), ApiJson.write(empty));
    }
}
