package org.kassa.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Defaults, the merchant's overrides, apostrophes and broken files, as the operator would see them. */
class TextBundleTest {

    private static final String SAMPLE = "org/kassa/messages/i18n/sample";

    @Test
    void anOverrideReplacesTheDefaultOfItsLanguageOnly() {
        TextBundle ru = TextBundle.load(SAMPLE, Language.RUSSIAN);
        TextBundle en = TextBundle.load(SAMPLE, Language.ENGLISH);

        assertThat(ru.text("farewell")).isEqualTo("Приходите ещё!");
        assertThat(en.text("farewell")).isEqualTo("Thanks, see you soon");
        assertThat(ru.text("greeting", "Анна")).as("a key without override keeps the default").isEqualTo("Здравствуйте, Анна!");
        assertThat(en.text("greeting", "Ann")).isEqualTo("Hello, Ann!");
    }

    @Test
    void englishFallsBackToTheBaseFileForAKeyItLacksAndShowsAMissingKeyByName() {
        TextBundle en = TextBundle.load(SAMPLE, Language.ENGLISH);
        assertThat(en.text("onlyRussian")).isEqualTo("Только по-русски");
        assertThat(en.text("no.such.key", 1)).isEqualTo("[no.such.key]");
        assertThat(en.has("no.such.key")).isFalse();
    }

    @Test
    void apostrophesAreTextAndNothingAfterThemIsLost() {
        assertThat(TextBundle.load(SAMPLE, Language.ENGLISH).text("apostrophe", "VISA"))
                .isEqualTo("The customer's card VISA: text after the apostrophe, VISA again");
        // a merchant who learnt MessageFormat's quoting and wrote '' gets two apostrophes, still all the text
        assertThat(TextBundle.load(SAMPLE, Language.RUSSIAN).text("apostrophe", "Мир"))
                .isEqualTo("Карта ''Мир'' и д'Артаньян: Мир после кавычки");
    }

    @Test
    void theResourceBundleViewGivesTheSameTexts() {
        var view = TextBundle.load(SAMPLE, Language.RUSSIAN).asResourceBundle();
        assertThat(view.getString("farewell")).isEqualTo("Приходите ещё!");
        assertThat(view.keySet()).contains("greeting", "farewell", "apostrophe");
        assertThat(view.getLocale().getLanguage()).isEqualTo("ru");
    }

    @Test
    void anUnbalancedBraceShowsTheTextAsWritten(/* a merchant's typo must not stop the till */) throws IOException {
        Path dir = folder("brace");
        write(dir.resolve("b/t.properties"), "x = Сдача {0 рублей\n", StandardCharsets.UTF_8);
        TextBundle t = TextBundle.read("b/t", Language.RUSSIAN, loader(dir));
        assertThat(t.text("x", 5)).isEqualTo("Сдача {0 рублей");
    }

    @Test
    void aMissingDefaultFileNamesTheResource() throws IOException {
        Path dir = folder("missing");
        write(dir.resolve("b/t.properties"), "x = икс\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextBundle.read("b/t", Language.ENGLISH, loader(dir)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("b/t_en.properties")
                .hasMessageContaining("rebuild");
        assertThatThrownBy(() -> TextBundle.load("org/kassa/messages/i18n/none", Language.RUSSIAN))
                .hasMessageContaining("org/kassa/messages/i18n/none.properties");
    }

    @Test
    void anOverrideSavedInAnotherEncodingIsRefusedWithTheFix() throws IOException {
        Path dir = folder("cp1251");
        write(dir.resolve("b/t.properties"), "x = икс\n", StandardCharsets.UTF_8);
        write(dir.resolve("i18n/overrides/t.properties"), "x = игрек\n", Charset.forName("windows-1251"));
        assertThatThrownBy(() -> TextBundle.read("b/t", Language.RUSSIAN, loader(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("i18n/overrides/t.properties").hasMessageContaining("UTF-8");
    }

    @Test
    void aPathIsASlashedResourceNameWithoutExtension() {
        for (String bad : new String[] {"i18n.slip", "i18n/slip.properties", "/i18n/slip", " "}) {
            assertThatThrownBy(() -> TextBundle.load(bad, Language.RUSSIAN)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slashes");
        }
    }

    private static Path folder(String name) throws IOException {
        Path dir = Path.of("target", "text-bundle-test", name);
        Files.createDirectories(dir);
        return dir;
    }

    private static void write(Path file, String text, Charset charset) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, charset);
    }

    private static ClassLoader loader(Path dir) throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }
}
