package com.example.orders.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.api.model.CreateOrderRequest;
import com.example.orders.api.model.OrderStatus;
import com.example.orders.core.validation.FieldViolation;
import com.example.orders.core.validation.InvalidRequestException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void everyUnknownFieldIsNamedNotOnlyTheFirst() {
        var violations = catchThrowableOfType(InvalidRequestException.class, () -> ApiJson.read(
                VALID.replace("\"sku\":\"A\"", "\"sku\":\"A\",\"colour\":\"red\"").replace("\"currency\"", "\"coupon\":1,\"currency\""),
                CreateOrderRequest.class)).violations();
        assertThat(violations).extracting(FieldViolation::field).containsExactly("coupon", "items[0].colour");
    }

    @Test
    void anUnpairedSurrogateIsRefusedNamingTheFieldRatherThanStoredMangled() {
        FieldViolation violation = rejection(VALID.replace("A thing", "a\\ud800b"));
        assertThat(violation.field()).isEqualTo("items[0].name");
        assertThat(violation.message()).contains("well-formed Unicode");
    }

    @Test
    void aNoncharacterIsRefusedNamingTheField() {
        assertThat(rejection(VALID.replace("A thing", "a\\uffffb")).field()).isEqualTo("items[0].name");
    }

    @Test
    void aPairedSurrogateIsAnEmojiAndWelcome() {
        assertThat(ApiJson.read(VALID.replace("A thing", "\\ud83d\\ude00"), CreateOrderRequest.class).getItems().getFirst().getName())
                .isEqualTo("\uD83D\uDE00");
    }

    @Test
    void aCurrencyTheContractDoesNotListIsRefusedAsNotListed() {
        for (String code : List.of("\"ZZZ\"", "\"eur\"", "\"XAU\"", "\"CLF\"")) {
            FieldViolation violation = rejection(VALID.replace("\"EUR\"", code));
            assertThat(violation).as(code).isEqualTo(new FieldViolation("currency", "must be one of the values the contract lists"));
        }
    }

    @Test
    void aDuplicateKeyIsNamedByItsPath() {
        assertThat(rejection(VALID.replace("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"currency\":\"USD\"")))
                .isEqualTo(new FieldViolation("currency", "appears twice in one object"));
        assertThat(rejection(VALID.replace("\"quantity\":2", "\"quantity\":2,\"quantity\":3")))
                .isEqualTo(new FieldViolation("items[0].quantity", "appears twice in one object"));
    }

    @Test
    void timestampsAlwaysCarryThreeFractionDigits() {
        var order = new com.example.orders.api.model.Order()
                .createdAt(OffsetDateTime.parse("2026-11-30T10:15:58.510Z"))
                .updatedAt(OffsetDateTime.parse("2026-11-30T11:15:58+01:00"));
        assertThat(ApiJson.write(order)).contains("\"createdAt\":\"2026-11-30T10:15:58.510Z\"",
                "\"updatedAt\":\"2026-11-30T10:15:58.000Z\"");
    }

    @Test
    void anExplicitNullIsRefusedNotReadAsAbsent() {
        assertThat(rejection(VALID.replace("{\"customerId\":\"c-1\"}", "{\"customerId\":\"c-1\",\"email\":null}")))
                .isEqualTo(new FieldViolation("customer.email", "must not be null; leave an optional field out instead"));
    }

    @Test
    void aNullInPlaceOfALineIsRefusedNamingItsIndex() {
        String withNullLine = VALID.replaceFirst("\"items\":\\[", "\"items\":[null,");
        assertThat(withNullLine).contains("[null,");
        assertThat(rejection(withNullLine)).isEqualTo(new FieldViolation("items[0]", "must not be null"));
    }

    @Test
    void aRecordOfThePlatformsOwnReadsAnAbsentComponentAsNull() {
        var event = ApiJson.read("""
                {"eventType":"OrderStatusChanged","eventId":"o:2","orderId":"o","status":"PROCESSING","previousStatus":"PENDING",
                 "total":"1.00","currency":"EUR","occurredAt":"2026-11-30T10:00:00.000Z","correlationId":"c"}""",
                com.example.orders.core.events.OrderStatusChanged.class);
        assertThat(event.reason()).isNull();
    }
}
