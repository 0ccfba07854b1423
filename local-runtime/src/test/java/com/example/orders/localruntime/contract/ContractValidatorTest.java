package com.example.orders.localruntime.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractValidatorTest {

    @Test
    void aJsonPointerBecomesTheApisFieldNotation() {
        assertThat(ContractValidator.fieldPath("/items/0/quantity")).isEqualTo("items[0].quantity");
    }

    @Test
    void theRootPointerNamesNoField() {
        assertThat(ContractValidator.fieldPath("/")).isEmpty();
    }

    @Test
    void escapedPointerCharactersAreUnescaped() {
        assertThat(ContractValidator.fieldPath("/a~1b/c~0d")).isEqualTo("a/b.c~d");
    }
}
