package com.example.orders.core.validation;

import com.example.orders.api.model.Customer;
import com.example.orders.api.model.OrderLineRequest;
import org.junit.jupiter.api.Test;

import static com.example.orders.core.fixtures.CreateOrderRequestBuilder.aCreateOrderRequest;
import static org.assertj.core.api.Assertions.assertThat;

class RequestValidatorTest {

    private static final RequestValidator VALIDATOR = new RequestValidator();

    private static OrderLineRequest line(int quantity, String unitPrice) {
        return new OrderLineRequest().sku("SKU-1").name("Thing").quantity(quantity).unitPrice(unitPrice);
    }

    @Test
    void validRequestHasNoViolations() {
        assertThat(VALIDATOR.violationsOf(aCreateOrderRequest().build())).isEmpty();
    }

    @Test
    void zeroQuantityIsNamedByItsJsonPath() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(0, "1.00")).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("items[0].quantity");
    }

    @Test
    void quantityAboveTheMaximumIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(1001, "1.00")).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("items[0].quantity");
    }

    @Test
    void priceWithThreeDecimalsIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(1, "1.005")).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("items[0].unitPrice");
    }

    @Test
    void negativePriceIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withFirstLine(line(1, "-1.00")).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("items[0].unitPrice");
    }

    @Test
    void emptyItemListIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withoutItems().build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("items");
    }

    @Test
    void missingCustomerIdIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withCustomer(new Customer()).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("customer.customerId");
    }

    @Test
    void lowercaseCurrencyIsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest().withCurrency("eur").build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("currency");
    }

    @Test
    void phoneNotInE164IsRejected() {
        var violations = VALIDATOR.violationsOf(aCreateOrderRequest()
                .withCustomer(new Customer().customerId("c-1").phone("07700 900123")).build());
        assertThat(violations).extracting(FieldViolation::field).containsExactly("customer.phone");
    }

    @Test
    void requireValidNamesEveryInvalidField() {
        var request = aCreateOrderRequest().withFirstLine(line(0, "1.005")).withCurrency("eu").build();
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidRequestException.class,
                () -> VALIDATOR.requireValid(request));
        assertThat(thrown.violations()).extracting(FieldViolation::field)
                .containsExactly("currency", "currency", "items[0].quantity", "items[0].unitPrice");
    }
}
