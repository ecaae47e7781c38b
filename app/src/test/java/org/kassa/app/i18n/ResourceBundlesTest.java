package org.kassa.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * Every operator-facing bundle of every module ({@code src/main/resources/.../i18n/NAME.properties} in the
 * module, the app's in the top-level resources) has Russian (the base file) and English, with the same keys,
 * the same {@code {n}} arguments and no empty text (a lone space is text: a thousands separator), so switching
 * the language never shows a key name, a blank or a raw {@code {1}}; and each is on the app's class path, where
 * {@link TextBundle} finds it. Merchant overrides may only name keys that exist.
 */
class ResourceBundlesTest {

    private static final Path REPO = Path.of("..");
    private static final Path OVERRIDES = REPO.resolve("src/main/resources/i18n/overrides");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** The Russian base files, each with the resources folder it lives in. */
    record Bundle(Path resources, Path russian) {
        Path english() {
            return russian.resolveSibling(russian.getFileName().toString().replace(".properties", "_en.properties"));
        }

        String path() {
            return resources.relativize(russian).toString().replace('\\', '/').replace(".properties", "");
        }

        String name() {
            return russian.getFileName().toString().replace(".properties", "");
        }
    }

    static List<Bundle> bundles() throws IOException {
        List<Path> resourceRoots;
        try (Stream<Path> modules = Files.list(REPO)) {
            resourceRoots = Stream.concat(Stream.of(REPO), modules.filter(Files::isDirectory))
                    .map(m -> m.resolve("src/main/resources")).filter(Files::isDirectory).toList();
        }
        List<Bundle> bundles = new java.util.ArrayList<>();
        for (Path root : resourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.getParent().getFileName().toString().equals("i18n"))
                        .filter(p -> p.getFileName().toString().matches("[a-z-]+\\.properties"))
                        .sorted().forEach(p -> bundles.add(new Bundle(root, p)));
            }
        }
        return bundles;
    }

    @Test
    void theBundlesOfEveryModuleAreFoundAndTheirNamesAreUnique() throws IOException {
        List<String> names = bundles().stream().map(Bundle::name).toList();
        assertThat(names).contains("messages", "pay-tips", "mealcard-tips", "slip", "printer-tips", "scanner", "till")
                .as("an override file is named after the bundle, so names must not repeat").doesNotHaveDuplicates();
        assertThat(bundles().stream().map(Bundle::path)).contains("org/kassa/payclient/i18n/pay-tips",
                "org/kassa/printer/i18n/slip", "org/kassa/scanner/i18n/scanner", "i18n/messages");
    }

    @TestFactory
    Stream<DynamicTest> everyBundleHasRussianAndEnglishWithTheSameKeysAndArguments() throws IOException {
        return bundles().stream().map(b -> DynamicTest.dynamicTest(b.path(), () -> {
            assertThat(b.english()).as("English bundle for %s", b.path()).isRegularFile();
            Properties r = load(b.russian());
            Properties e = load(b.english());
            assertThat(keys(e)).as("keys of %s_en vs %s", b.path(), b.path()).isEqualTo(keys(r));
            for (String key : keys(r)) {
                assertThat(r.getProperty(key)).as("%s in %s", key, b.path()).isNotEmpty();
                assertThat(e.getProperty(key)).as("%s in %s_en", key, b.path()).isNotEmpty();
                assertThat(arguments(e.getProperty(key))).as("arguments of %s in %s_en vs Russian", key, b.path())
                        .isEqualTo(arguments(r.getProperty(key)));
                assertIsAPattern(r.getProperty(key), key, b.path());
                assertIsAPattern(e.getProperty(key), key, b.path() + "_en");
            }
            assertThat(r.values().stream().map(Object::toString).anyMatch(ResourceBundlesTest::hasCyrillic))
                    .as("%s is the Russian default and should be in Russian", b.path()).isTrue();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBundleIsOnTheAppsClassPath() throws IOException {
        return bundles().stream().map(b -> DynamicTest.dynamicTest(b.path(), () -> {
            assertThat(TextBundle.load(b.path(), Language.RUSSIAN).keys()).containsAll(keys(load(b.russian())));
            assertThat(TextBundle.load(b.path(), Language.ENGLISH).keys()).containsAll(keys(load(b.english())));
        }));
    }

    @Test
    void overridesNameOnlyBundlesAndKeysThatExist() throws IOException {
        assertThat(OVERRIDES).isDirectory();
        List<Bundle> bundles = bundles();
        try (Stream<Path> files = Files.list(OVERRIDES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString().replace(".properties", "").replaceFirst("_en$", "");
                Bundle bundle = bundles.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
                assertThat(bundle).as("%s overrides no bundle", file.getFileName()).isNotNull();
                Properties defaults = load(file.getFileName().toString().contains("_en") ? bundle.english()
                        : bundle.russian());
                assertThat(keys(defaults)).as("keys in %s", file.getFileName()).containsAll(keys(load(file)));
            }
        }
    }

    /** Apostrophes are text (decision 0128): the pattern must parse once they are doubled. */
    private static void assertIsAPattern(String text, String key, String bundle) {
        try {
            new MessageFormat(text.replace("'", "''"));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(key + " in " + bundle + " is not a valid text pattern: " + e.getMessage(), e);
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static boolean hasCyrillic(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
