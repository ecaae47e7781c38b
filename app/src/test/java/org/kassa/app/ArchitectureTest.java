package org.kassa.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dependency rules of docs/architecture.md#dependency-direction: every module → messages, app → modules,
 * payclient → totp, sandbox → payclient and totp (public APIs only), the hardware modules and totp know nothing
 * of JavaFX, H2, the app or each other; every module's {@code internal} packages are its own, and no module has
 * a package cycle.
 */
class ArchitectureTest {

    /** The modules' root packages (app is the wiring and may use every module's public API). */
    private static final String[] MODULES = {"messages", "totp", "payclient", "scanner", "printer", "sandbox", "till", "central"};

    static Stream<String> modules() {
        return Stream.of(MODULES);
    }

    static Stream<String> modulesAndApp() {
        return Stream.of(allRoots());
    }

    private static String[] allRoots() {
        return Stream.concat(modules(), Stream.of("app")).toArray(String[]::new);
    }

    private static JavaClasses kassa;

    // allowEmptyShould: a rule stays valid while a module is still being written; the module map test in
    // ModuleLayoutTest fails if a module's package disappears.
    @BeforeAll
    static void importClasses() {
        kassa = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))   // the till's test fixtures
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
        noClasses().that().resideOutsideOfPackages("org.kassa.app..", "org.kassa.till..", "org.kassa.central..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.h2..", "java.sql..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void tillCoreNeverUsesJavaFxOrTheApp() {
        noClasses().that().resideInAPackage("org.kassa.till..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kassa.app..")
                .allowEmptyShould(true).check(kassa);
    }

    /** The till sells without the central store (decision 0170): only the app and central know it. */
    @Test
    void tillCoreNeverKnowsTheCentralStore() {
        noClasses().that().resideInAPackage("org.kassa.till..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kassa.central..", "org.postgresql..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void centralStoreNeverUsesJavaFxOrTheApp() {
        noClasses().that().resideInAPackage("org.kassa.central..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kassa.app..", "org.kassa.sandbox..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void totpUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("org.kassa.totp..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.kassa.totp..", "java..", "javax..")
                .allowEmptyShould(true).check(kassa);
    }

    /** Every module reads its texts through messages (decision 0128), so messages depends on nothing of Kassa. */
    @Test
    void messagesUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("org.kassa.messages..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.kassa.messages..", "java..")
                .check(kassa);
    }

    /** Texts are read by {@code org.kassa.messages} only: one language rule, one place for overrides. */
    @Test
    void onlyMessagesLoadsResourceBundles() {
        noClasses().that().resideOutsideOfPackage("org.kassa.messages..")
                .should().callMethodWhere(DescribedPredicate.describe("ResourceBundle.getBundle",
                        call -> call.getTargetOwner().isEquivalentTo(ResourceBundle.class)
                                && call.getName().equals("getBundle")))
                .check(kassa);
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

    @ParameterizedTest
    @MethodSource("modules")
    void internalsStayInsideTheirModule(String module) {
        String root = "org.kassa." + module;
        noClasses().that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void everyModuleOnTheClassPathIsCoveredByTheModuleRules() {
        Set<String> roots = kassa.stream().map(c -> c.getPackageName().split("\\."))
                .filter(parts -> parts.length > 2).map(parts -> parts[2]).collect(Collectors.toSet());
        assertThat(roots).containsExactlyInAnyOrder(allRoots());
    }

    @Test
    void theSandboxIsNeverPartOfTheTillOrTheClient() {
        noClasses().that().resideInAnyPackage("org.kassa.payclient..", "org.kassa.till..", "org.kassa.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.kassa.sandbox..")
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void theSandboxUsesOnlyPublicApisOfOtherModules() {
        noClasses().that().resideInAPackage("org.kassa.sandbox..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in another module's internal package", c -> isOtherModulesInternal(c.getPackageName())))
                .check(kassa);
    }

    private static boolean isOtherModulesInternal(String pkg) {
        return pkg.startsWith("org.kassa.") && !(pkg + ".").startsWith("org.kassa.sandbox.")
                && (pkg + ".").contains(".internal.");
    }

    /**
     * Between a module's sub-packages (each with its sub-packages, e.g. {@code craftgate} with
     * {@code craftgate.internal}). The root package is each module's public facade and is left out: it creates
     * the internals that return its types (totp, sandbox), and payclient's and printer's sub-packages use its
     * settings and errors, so root ↔ sub-package edges are by design.
     */
    @ParameterizedTest
    @MethodSource("modulesAndApp")
    void noPackageCyclesInsideAModule(String module) {
        slices().matching("org.kassa." + module + ".(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true).check(kassa);
    }

    @Test
    void commandLineToolsDoNotStartJavaFx() {
        noClasses().that().resideInAPackage("org.kassa.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kassa.app.ui..")
                .allowEmptyShould(true).check(kassa);
    }
}
