package org.kassa.scanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of docs/architecture.md#dependency-direction, for the scanner driver. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kassa.scanner");

    @Test
    void knowsNoUiToolkitDatabaseOrOtherKassaModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt.event..",
                "javax.swing..", "java.sql..", "org.h2..", "org.kassa.app..", "org.kassa.totp..",
                "org.kassa.printer..", "org.kassa.payclient..").check(MAIN);
    }

    @Test
    void publicApiStandsAlone() {
        noClasses().that().resideInAPackage("org.kassa.scanner")
                .should().dependOnClassesThat().resideInAPackage("org.kassa.scanner.(*)..").check(MAIN);
    }

    @Test
    void onlyTheInternalPackageIsSharedBetweenImplementations() {
        noClasses().that().resideInAnyPackage("org.kassa.scanner.wedge..", "org.kassa.scanner.serial..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kassa.scanner.image..",
                        "org.kassa.scanner.camera..").check(MAIN);
    }
}
