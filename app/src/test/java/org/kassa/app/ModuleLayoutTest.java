package org.kassa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every module's public package exists and has public types, so the rules of {@link ArchitectureTest} are
 * checked against real code and cannot pass by matching nothing after a rename.
 */
class ModuleLayoutTest {

    private static final JavaClasses KASSA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.kassa");

    @ParameterizedTest
    @ValueSource(strings = {"org.kassa.totp", "org.kassa.payclient", "org.kassa.sandbox", "org.kassa.scanner",
        "org.kassa.printer", "org.kassa.app.cli", "org.kassa.app.config"})
    void modulePackageHasPublicTypes(String packageName) {
        assertThat(KASSA.stream().filter(c -> c.getPackageName().equals(packageName))
                .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)))
                .as("public types in %s", packageName).isNotEmpty();
    }
}
