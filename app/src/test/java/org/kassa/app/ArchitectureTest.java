package org.kassa.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md: app → modules, payclient → totp, the hardware modules and totp
 * know nothing of JavaFX, H2, the app or each other.
 */
class ArchitectureTest {

    private static JavaClasses kassa;

    // allowEmptyShould: a rule stays valid while a module is still being written; the module map test in
    // ModuleLayoutTest fails if a module's package disappears.
    @BeforeAll
    static void importClasses() {
        kassa = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kassa");
    }

    @Test
    void modulesNeverDependOnTheApp() {
        noClasses().that().resideOutsideOfPackage("org.kassa.app..")
                .should().dependOnClassesThat().resideInAPackage("org.kassa.app..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void modulesNeverUseJavaFxOrTheDatabase() {
        noClasses().that().resideOutsideOfPackages("org.kassa.app..", "org.kassa.till..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.h2..", "java.sql..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void tillCoreNeverUsesJavaFxOrTheApp() {
        noClasses().that().resideInAPackage("org.kassa.till..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kassa.app..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void totpUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("org.kassa.totp..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.kassa.totp..", "java..", "javax..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void hardwareModulesKnowNothingOfEachOtherOrOfPayments() {
        noClasses().that().resideInAPackage("org.kassa.scanner..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kassa.printer..", "org.kassa.payclient..", "org.kassa.totp..")
                .allowEmptyShould(true).check(kassa);
        noClasses().that().resideInAPackage("org.kassa.printer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kassa.scanner..", "org.kassa.payclient..", "org.kassa.totp..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void payClientDependsOnTotpOnlyAmongModules() {
        noClasses().that().resideInAPackage("org.kassa.payclient..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kassa.scanner..", "org.kassa.printer..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void internalsStayInsideTheirModule() {
        noClasses().that().resideOutsideOfPackage("org.kassa.totp..")
                .should().dependOnClassesThat().resideInAPackage("org.kassa.totp.internal..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void commandLineToolsDoNotStartJavaFx() {
        noClasses().that().resideInAPackage("org.kassa.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kassa.app.ui..")
                .allowEmptyShould(true).check(kassa);
    }
}
