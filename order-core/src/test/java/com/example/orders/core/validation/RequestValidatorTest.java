package com.example.orders.core.validation;

import static com.example.orders.core.fixtures.CreateOrderRequestBuilder.aCreateOrderRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.api.model.Customer;
import com.example.orders.api.model.OrderLineRequest;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

    private static final RequestValidator VALIDATOR = new RequestValidator();

    private static OrderLineRequest line(int quantity, String unitPrice) {
        return new OrderLineRequest().sku("SKU-1").name("Thing").quantity(quantity).unitPrice(unitPrice);
    }

    private static OrderLineRequest named(String name) {
        return new OrderLineRequest().sku("SKU-1").name(name).quantity(1).unitPrice("1.00");
    }

    @Test
    void validRequestHasNoViolations() {
        assertThat(VALIDATOR.violationsOf(aCreateOrderRequest().build())).isEmpty();
    }

    @Test
    void zeroQuantityIsNamedByItsJsonPath() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(0, "1.00")).build());
        assertThat(violations).containsExactly(new FieldViolation("items[0].quantity", "must be at least 1"));
    }

    @Test
    void quantityAboveTheMaximumIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(1001, "1.00")).build());
        assertThat(violations).containsExactly(new FieldViolation("items[0].quantity", "must be at most 1000"));
    }

    @Test
    void priceWithFourDecimalsIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(1, "1.0005")).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("items[0].unitPrice");
    }

    @Test
    void priceWithThreeDecimalsFitsTheContractsMoney() {
        assertThat(VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(1, "1.005")).build())).isEmpty();
    }

    @Test
    void negativePriceIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(1, "-1.00")).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("items[0].unitPrice");
    }

    @Test
    void emptyItemListIsRejectedInItemsNotCharacters() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withoutItems().build());
        assertThat(violations).containsExactly(new FieldViolation("items", "must have 1 to 50 items"));
    }

    @Test
    void missingCustomerIdIsRequired() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withCustomer(new Customer()).build());
        assertThat(violations).containsExactly(new FieldViolation("customer.customerId", "is required"));
    }

    @Test
    void phoneNotInE164IsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest()
                .withCustomer(new Customer().customerId("c-1").phone("07700 900123")).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("customer.phone");
    }

    @Test
    void aNameOfTwoHundredEmojiIsTwoHundredCharactersAsJsonSchemaCountsThem() {
        String emoji = "\uD83D\uDE00";
        assertThat(VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(named(emoji.repeat(200))).build())).isEmpty();
        assertThat(VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(named(emoji.repeat(201))).build()))
                .containsExactly(new FieldViolation("items[0].name", "must be 1 to 200 characters long"));
    }

    @Test
    void anEmailOfTheContractsLongestLengthIsAccepted() {
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".io";
        assertThat(email).hasSize(254);
        assertThat(VALIDATOR.violationsOf(aCreateOrderRequest().withCustomer(new Customer().customerId("c-1").email(email)).build()))
                .isEmpty();
    }

    @Test
    void aFieldBreakingTwoRulesGetsOneMessage() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest()
                .withFirstLine(new OrderLineRequest().sku("x y".repeat(30)).name("Thing").quantity(1).unitPrice("1.00")).build());
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("items[0].sku");
            assertThat(violation.message()).isEqualTo("must be 1 to 64 characters long and must match the pattern ^[A-Za-z0-9_.-]+$");
        });
    }

    @Test
    void requireValidNamesEveryInvalidFieldOnce() {
        var request = aCreateOrderRequest().withFirstLine(line(0, "1.0005")).build();
        var thrown = catchThrowableOfType(InvalidRequestException.class, () -> VALIDATOR.requireValid(request));
        assertThat(thrown.violations()).extracting(FieldViolation::field)
                .containsExactly("items[0].quantity", "items[0].unitPrice");
    }
}
