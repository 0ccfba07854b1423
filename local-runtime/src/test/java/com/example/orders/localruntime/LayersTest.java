package com.example.orders.localruntime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * local-runtime's packages in layers: the platform's wiring at the top uses them all; the gateway,
 * the event sources and the console each stand on the Lambda adapters and the templates, and
 * none of them reaches up or sideways into another's.
 */
class LayersTest {

    private static final String BASE = "com.example.orders.localruntime";
    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void noPackageCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(RUNTIME);
    }

    @Test
    void nothingBelowThePlatformReachesUpToIt() {
        noClasses().that().resideOutsideOfPackage(BASE)
                .should().dependOnClassesThat().resideInAPackage(BASE)
                .check(RUNTIME);
    }

    @Test
    void theGatewayKnowsNothingOfTheEventSourcesOrTheConsole() {
        noClasses().that().resideInAPackage(BASE + ".gateway..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".events..", BASE + ".console..")
                .check(RUNTIME);
    }

    @Test
    void theEventSourcesKnowNothingOfTheGatewayOrTheConsole() {
        noClasses().that().resideInAPackage(BASE + ".events..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".gateway..", BASE + ".console..")
                .check(RUNTIME);
    }

    @Test
    void theLambdaAdaptersStandOnTheirOwn() {
        noClasses().that().resideInAPackage(BASE + ".lambda..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".gateway..", BASE + ".events..",
                        BASE + ".console..", BASE + ".contract..")
                .check(RUNTIME);
    }
}
