package com.example.orders.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.api.model.CurrencyCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The minor units the code applies are the ones the contract's Money description states. */
class CurrencyTest {

    private static String money() throws IOException {
        String contract = Files.readString(Path.of(System.getProperty("orders.spec", "../openapi/orders.yaml")));
        return contract.substring(contract.indexOf("    Money:"), contract.indexOf("    CurrencyCode:")).replaceAll("\\s+", " ");
    }

    /** The codes the description lists after {@code words}, up to the next semicolon. */
    private static Set<String> listed(String description, String words) {
        Matcher list = Pattern.compile(words + " ([A-Z, ]+and [A-Z]{3})").matcher(description);
        assertThat(list.find()).as("the Money description says '%s ...'", words).isTrue();
        return new TreeSet<>(Arrays.asList(list.group(1).replace(" and ", ", ").split(", ")));
    }

    @Test
    void currenciesWithoutMinorUnitsAreTheOnesTheContractNames() throws IOException {
        assertThat(new TreeSet<>(Currency.NO_MINOR_UNITS)).isEqualTo(listed(money(), "none for"));
    }

    @Test
    void currenciesWithThreeMinorUnitsAreTheOnesTheContractNames() throws IOException {
        assertThat(new TreeSet<>(Currency.THREE_MINOR_UNITS)).isEqualTo(listed(money(), "three for"));
    }

    @Test
    void everyCurrencyTheContractListsHasZeroTwoOrThreeMinorUnits() {
        for (CurrencyCode code : CurrencyCode.values()) {
            assertThat(Currency.of(code).minorUnits()).as(code.getValue()).isIn(0, 2, 3);
        }
        assertThat(CurrencyCode.values()).extracting(CurrencyCode::getValue)
                .containsAll(Currency.NO_MINOR_UNITS).containsAll(Currency.THREE_MINOR_UNITS);
    }

    @Test
    void aCodeTheContractDoesNotListIsNoCurrency() {
        assertThat(Currency.of("XAU")).isEmpty();
        assertThat(Currency.of("eur")).isEmpty();
    }
}
