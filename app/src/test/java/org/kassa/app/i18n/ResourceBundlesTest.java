package org.kassa.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operator-facing bundle in src/main/resources/i18n has Russian (the base file) and English, with the
 * same keys and no empty text (a lone space is text: a thousands separator), so that switching the language never shows a key name or a blank.
 */
class ResourceBundlesTest {

    private static final Path I18N = Path.of("..", "src", "main", "resources", "i18n");

    @Test
    void theFolderExists() {
        assertThat(I18N).isDirectory();
    }

    @TestFactory
    Stream<DynamicTest> everyBundleHasRussianAndEnglishWithTheSameKeys() throws IOException {
        List<Path> russian;
        try (Stream<Path> files = Files.list(I18N)) {
            russian = files.filter(p -> p.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().toList();
        }
        assertThat(russian).isNotEmpty();
        return russian.stream().map(ru -> DynamicTest.dynamicTest(ru.getFileName().toString(), () -> {
            Path en = ru.resolveSibling(ru.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).as("English bundle for %s", ru.getFileName()).isRegularFile();
            Properties r = load(ru);
            Properties e = load(en);
            assertThat(keys(e)).as("keys of %s vs %s", en.getFileName(), ru.getFileName()).isEqualTo(keys(r));
            for (String key : keys(r)) {
                assertThat(r.getProperty(key)).as("%s in %s", key, ru.getFileName()).isNotEmpty();
                assertThat(e.getProperty(key)).as("%s in %s", key, en.getFileName()).isNotEmpty();
            }
            assertThat(r.values().stream().map(Object::toString).anyMatch(ResourceBundlesTest::hasCyrillic))
                    .as("%s is the Russian default and should be in Russian", ru.getFileName()).isTrue();
        }));
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
