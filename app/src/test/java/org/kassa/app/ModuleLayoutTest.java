package org.kassa.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
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
    @ValueSource(strings = {"org.kassa.messages", "org.kassa.totp", "org.kassa.payclient", "org.kassa.sandbox",
        "org.kassa.sandbox.craftgate", "org.kassa.scanner", "org.kassa.printer", "org.kassa.central", "org.kassa.app.cli", "org.kassa.app.config"})
    void modulePackageHasPublicTypes(String packageName) {
        assertThat(KASSA.stream().filter(c -> c.getPackageName().equals(packageName))
                .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)))
                .as("public types in %s", packageName).isNotEmpty();
    }

    /** The till core has no types yet, only its package (package-info); move it above once it has. */
    @Test
    void theTillModulesPackageIsOnTheClassPath() {
        assertThat(KASSA.containPackage("org.kassa.till")).as("package org.kassa.till").isTrue();
    }

    /** The sandbox is a module of its own (decision 70): nothing of it is left in payclient. */
    @Test
    void payclientHoldsNoSandbox() {
        assertThat(KASSA.stream().map(c -> c.getName()).filter(n -> n.startsWith("org.kassa.payclient."))
                .filter(n -> n.toLowerCase(java.util.Locale.ROOT).contains("sandbox"))).isEmpty();
    }
}
