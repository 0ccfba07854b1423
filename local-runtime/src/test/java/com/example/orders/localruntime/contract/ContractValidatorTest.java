package com.example.orders.localruntime.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractValidatorTest {

    @Test
    void a_json_pointer_becomes_the_apis_field_notation() {
        assertThat(ContractValidator.fieldPath("/items/0/quantity")).isEqualTo("items[0].quantity");
    }

    @Test
    void the_root_pointer_names_no_field() {
        assertThat(ContractValidator.fieldPath("/")).isEmpty();
    }

    @Test
    void escaped_pointer_characters_are_unescaped() {
        assertThat(ContractValidator.fieldPath("/a~1b/c~0d")).isEqualTo("a/b.c~d");
    }
}
