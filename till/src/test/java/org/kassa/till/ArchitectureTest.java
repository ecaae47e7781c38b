package org.kassa.till;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The till core never uses JavaFX or the app; the catalog reads files without the store; the store stays below. */
class ArchitectureTest {

    private static final JavaClasses TILL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.kassa.till");

    @Test
    void noUiOrAppTypes() {
        assertThat(TILL.stream().filter(c -> c.getPackageName().equals("org.kassa.till.store"))).isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kassa.app..").check(TILL);
    }

    @Test
    void theCatalogDoesNotNeedTheStoreAndTheStoreDoesNotNeedTheJournal() {
        noClasses().that().resideInAPackage("org.kassa.till.catalog..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kassa.till.store..", "org.kassa.till.journal..").check(TILL);
        noClasses().that().resideInAPackage("org.kassa.till.store..").should().dependOnClassesThat()
                .resideInAnyPackage("org.kassa.till.journal..").check(TILL);
    }
}
