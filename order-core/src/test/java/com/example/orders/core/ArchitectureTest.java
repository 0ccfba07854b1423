package com.example.orders.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * order-core as ports and adapters: the domain and its use cases know nothing of AWS, its SDK or
 * its adapters; whatever talks to AWS lives in an adapter package; and no two packages depend on
 * each other.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.example.orders.core");

    @Test
    void noPackageCycles() {
        slices().matching("com.example.orders.core.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theDomainAndItsUseCasesKnowNothingOfAwsOrTheAdapters() {
        noClasses().that().resideInAnyPackage("..core.order..", "..core.money..", "..core.events..", "..core.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", "..core.adapter..")
                .check(CORE);
    }

    @Test
    void whatTalksToAwsIsAnAdapter() {
        noClasses().that().resideOutsideOfPackage("..core.adapter..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..")
                .check(CORE);
    }
}
