package com.example.orders.api.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.example.orders.api.model.Address;
import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.api.model.CurrencyCode;
import com.example.orders.api.model.Customer;
import com.example.orders.api.model.OrderLineRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checks generated from the contract judge a request exactly as the generated models' Bean
 * Validation annotations do (Hibernate Validator, lengths in characters): every property a
 * request can carry, found by walking the models, is set in turn to each of a few hundred edge
 * values, and both judges must name the same fields, keywords and bounds.
 */
class ContractConstraintsTest {

    private static final AnnotationJudge ANNOTATIONS = new AnnotationJudge();
    private static final String EMOJI = "\uD83D\uDE00";
    private static final int[] LENGTHS = {5, 6, 7, 8, 15, 16, 17, 20, 21, 24, 64, 65, 100, 101, 200, 201, 254, 255, 300, 301};
    /** A valid instance of each model a request holds in a list. */
    private static final Map<Class<?>, Supplier<Object>> LIST_ITEMS = Map.of(OrderLineRequest.class, ContractConstraintsTest::aLine);

    private static OrderLineRequest aLine() {
        return new OrderLineRequest().sku("BOOK-0001").name("A book").quantity(1).unitPrice("39.99");
    }

    /** Valid, with every optional property set too, so each one can be broken. */
    private static CreateOrderRequest aRequestWithEveryProperty() {
        return new CreateOrderRequest()
                .customer(new Customer().customerId("cust-1").email("ada@example.com").phone("+447700900123"))
                .items(new ArrayList<>(List.of(aLine(), aLine())))
                .currency(CurrencyCode.EUR)
                .shippingAddress(new Address().line1("1 Example Street").line2("Flat 2").city("London").region("Greater London")
                        .postalCode("SW1A 1AA").country("GB"));
    }

    private static Set<Breach> generated(CreateOrderRequest request) {
        var report = new RecordedReport();
        ContractConstraints.check(request, "", report);
        return report.breaches();
    }

    @Test
    void aRequestWithEveryPropertyBreaksNothing() {
        assertThat(generated(aRequestWithEveryProperty())).isEmpty();
        assertThat(ANNOTATIONS.breachesOf(aRequestWithEveryProperty())).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEdgeValueOfEveryRequestPropertyIsJudgedAsTheAnnotationsJudgeIt() {
        return slotsOf(CreateOrderRequest.class, "", request -> request).stream().map(slot -> dynamicTest(slot.path(), () -> {
            List<String> disagreements = new ArrayList<>();
            for (Object value : edgeValuesOf(slot)) {
                CreateOrderRequest request = aRequestWithEveryProperty();
                slot.set(request, value);
                Set<Breach> expected = ANNOTATIONS.breachesOf(request);
                Set<Breach> actual = generated(request);
                if (!expected.equals(actual)) {
                    disagreements.add(describe(value) + ": annotations " + expected + ", generated " + actual);
                }
            }
            assertThat(disagreements).isEmpty();
        }));
    }

    /** Without it the comparison above could pass by finding nothing wrong anywhere. */
    @Test
    void theEdgeValuesBreakEveryKeywordTheTemplateChecks() {
        Set<String> keywords = new HashSet<>();
        for (Slot slot : slotsOf(CreateOrderRequest.class, "", request -> request)) {
            for (Object value : edgeValuesOf(slot)) {
                CreateOrderRequest request = aRequestWithEveryProperty();
                slot.set(request, value);
                generated(request).forEach(breach -> keywords.add(breach.keyword()));
            }
        }
        assertThat(keywords).containsExactlyInAnyOrder("required", "length", "pattern", "minimum", "maximum", "items");
    }

    @Test
    void theWalkReachesEveryPropertyOfEveryRequestModel() {
        assertThat(slotsOf(CreateOrderRequest.class, "", request -> request)).extracting(Slot::path).contains(
                "customer.email", "items", "items[0].quantity", "items[0].unitPrice", "currency", "shippingAddress.country");
    }

    /** A property of a request, reached from the request through its owner. */
    private record Slot(String path, Function<CreateOrderRequest, Object> owner, Method setter) {

        Type type() {
            return setter.getGenericParameterTypes()[0];
        }

        Class<?> rawType() {
            return setter.getParameterTypes()[0];
        }

        void set(CreateOrderRequest request, Object value) {
            invoke(setter, owner.apply(request), value);
        }
    }

    private static List<Slot> slotsOf(Class<?> model, String prefix, Function<CreateOrderRequest, Object> owner) {
        List<Slot> slots = new ArrayList<>();
        Arrays.stream(model.getDeclaredMethods())
                .filter(method -> method.getName().startsWith("set") && method.getParameterCount() == 1)
                .sorted(Comparator.comparing(Method::getName))
                .forEach(setter -> {
                    String property = setter.getName().substring(3);
                    String path = prefix + property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1);
                    Method getter = getter(model, property);
                    var slot = new Slot(path, owner, setter);
                    slots.add(slot);
                    if (isModel(slot.rawType())) {
                        slots.addAll(slotsOf(slot.rawType(), path + ".", request -> invoke(getter, owner.apply(request))));
                    } else if (slot.rawType() == List.class && isModel(elementOf(slot.type()))) {
                        slots.addAll(slotsOf(elementOf(slot.type()), path + "[0].",
                                request -> ((List<?>) invoke(getter, owner.apply(request))).get(0)));
                    }
                });
        return slots;
    }

    private static List<Object> edgeValuesOf(Slot slot) {
        Class<?> type = slot.rawType();
        if (type == String.class) {
            return strings();
        }
        if (type == Integer.class) {
            return Arrays.asList(null, Integer.MIN_VALUE, -1, 0, 1, 2, 999, 1000, 1001, Integer.MAX_VALUE);
        }
        if (type.isEnum()) {
            List<Object> values = new ArrayList<>(Arrays.asList(type.getEnumConstants()));
            values.add(null);
            return values;
        }
        if (isModel(type)) {
            return Arrays.asList(null, newInstance(type));
        }
        if (type == List.class) {
            Supplier<Object> item = LIST_ITEMS.get(elementOf(slot.type()));
            assertThat(item).as("a valid item for %s", slot.path()).isNotNull();
            List<Object> values = new ArrayList<>();
            values.add(null);
            for (int size : new int[] {0, 1, 2, 49, 50, 51, 100}) {
                values.add(new ArrayList<>(IntStream.range(0, size).mapToObj(i -> item.get()).toList()));
            }
            values.add(new ArrayList<>(Arrays.asList(item.get(), null)));
            return values;
        }
        throw new AssertionError(slot.path() + " is a " + type + ", for which this test has no edge values");
    }

    private static List<Object> strings() {
        List<Object> values = new ArrayList<>(Arrays.asList(null, "", " ", "a", "A", "ab", "AB", "G", "GB", "gb", "GBR", "x y", "é",
                "a\uD800b", EMOJI, "0", "1", "01", "1.5", "1.50", "1.005", "1.0005", "-1.00", "1e3", "12345678901.00",
                "9999999999.999", "+447700900123", "+0447700900", "447700900123", "+1234567", "+123456", "+1234567890123456",
                "ada@example.com", "a@b", "a@b.c", "a b@example.com", "ada@exa_mple.com", "cust-1", "cust 1", "BOOK-0001",
                "SW1A 1AA", "\t", "line\nbreak"));
        for (int length : LENGTHS) {
            values.add("a".repeat(length));
            values.add("A".repeat(length));
            values.add("1".repeat(length));
            values.add(EMOJI.repeat(length));
            values.add("a".repeat(Math.max(1, length - 12)) + "@example.com");
            values.add("+4" + "1".repeat(Math.max(0, length - 2)));
        }
        values.add("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".io");
        values.add("a".repeat(65) + "@example.com");
        return Collections.unmodifiableList(values);
    }

    private static boolean isModel(Class<?> type) {
        return type.getPackageName().equals(CreateOrderRequest.class.getPackageName()) && !type.isEnum();
    }

    private static Class<?> elementOf(Type listType) {
        return (Class<?>) ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    private static Method getter(Class<?> model, String property) {
        try {
            return model.getMethod("get" + property);
        } catch (NoSuchMethodException missing) {
            throw new AssertionError(model.getSimpleName() + " has set" + property + " but no getter", missing);
        }
    }

    private static Object newInstance(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException failure) {
            throw new AssertionError(failure);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException failure) {
            throw new AssertionError(failure);
        } catch (InvocationTargetException failure) {
            throw new AssertionError(failure.getCause());
        }
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + ")" : text;
    }
}
