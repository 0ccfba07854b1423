package com.example.orders.core.http;

import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.api.model.OrderStatus;
import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApiJsonTest {

    private static final String VALID = """
            {"customer":{"customerId":"c-1"},"currency":"EUR",
             "items":[{"sku":"A","name":"A thing","quantity":2,"unitPrice":"1.50"}]}""";

    private static FieldViolation rejection(String body) {
        return catchThrowableOfType(InvalidRequestException.class,
                () -> ApiJson.read(body, CreateOrderRequest.class)).violations().getFirst();
    }

    @Test
    void validBodyIsRead() {
        assertThat(ApiJson.read(VALID, CreateOrderRequest.class).getItems().getFirst().getQuantity()).isEqualTo(2);
    }

    @Test
    void unknownFieldIsNamedWithItsPath() {
        assertThat(rejection(VALID.replace("\"sku\":\"A\"", "\"sku\":\"A\",\"colour\":\"red\"")).field())
                .isEqualTo("items[0].colour");
    }

    @Test
    void priceAsJsonNumberIsRejectedSoNoClientSendsFloats() {
        assertThat(rejection(VALID.replace("\"1.50\"", "1.50")).field()).isEqualTo("items[0].unitPrice");
    }

    @Test
    void quantityAsStringIsRejected() {
        assertThat(rejection(VALID.replace("\"quantity\":2", "\"quantity\":\"2\"")).field()).isEqualTo("items[0].quantity");
    }

    @Test
    void fractionalQuantityIsRejected() {
        assertThat(rejection(VALID.replace("\"quantity\":2", "\"quantity\":2.5")).field()).isEqualTo("items[0].quantity");
    }

    @Test
    void booleanWhereAStringBelongsIsRejected() {
        assertThat(rejection(VALID.replace("\"EUR\"", "true")).field()).isEqualTo("currency");
    }

    @Test
    void objectWhereAnArrayBelongsIsRejected() {
        assertThat(rejection(VALID.replace("\"items\":[", "\"items\":{\"x\":[").replace("}]}", "}]}}")).field())
                .isEqualTo("items");
    }

    @Test
    void brokenJsonIsReportedAgainstTheBody() {
        assertThat(rejection("{\"customer\":").field()).isEqualTo("body");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThat(rejection(VALID.replace("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"currency\":\"USD\"")).field())
                .isEqualTo("body");
    }

    @Test
    void trailingContentIsRejected() {
        assertThat(rejection(VALID + " {}").field()).isEqualTo("body");
    }

    @Test
    void jsonArrayInsteadOfObjectIsRejected() {
        assertThat(rejection("[1,2]").field()).isEqualTo("body");
    }

    @Test
    void jsonNullIsRejected() {
        assertThat(rejection("null").field()).isEqualTo("body");
    }

    @Test
    void deepNestingIsRejectedCheaply() {
        assertThat(rejection("[".repeat(5000) + "]".repeat(5000)).field()).isEqualTo("body");
    }

    @Test
    void enumValuesAreStillRead() {
        assertThat(ApiJson.mapper().convertValue("PENDING", OrderStatus.class)).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void nullFieldsAreLeftOutOfResponses() {
        assertThat(ApiJson.write(new com.example.orders.api.model.Customer().customerId("c-1")))
                .isEqualTo("{\"customerId\":\"c-1\"}");
    }
}
