package org.kassa.printer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The printer knows nothing of the app, the UI, the database or the other modules
 * (docs/architecture.md#dependency-direction).
 */
class ArchitectureTest {

    private static final JavaClasses PRINTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.kassa.printer");

    @Test
    void noUiDatabaseOrOtherModuleTypes() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.h2..", "org.kassa.app..",
                "org.kassa.payclient..", "org.kassa.totp..", "org.kassa.scanner..").check(PRINTER);
    }

    @Test
    void subPackagesDoNotReachIntoEachOtherExceptThroughTheEncoder() {
        noClasses().that().resideInAPackage("..printer.slip..").should().dependOnClassesThat()
                .resideInAnyPackage("..printer.transport..", "..printer.preview..").check(PRINTER);
        noClasses().that().resideInAPackage("..printer.escpos..").should().dependOnClassesThat()
                .resideInAnyPackage("..printer.transport..", "..printer.slip..", "..printer.preview..").check(PRINTER);
    }
}
