package org.kassa.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Russian unless English is named; the JVM's default locale (German in this module's tests) never counts. */
class LanguageRuleTest {

    private static final Locale STARTED_WITH = Locale.getDefault();
    private static final String SAMPLE = "org/kassa/messages/i18n/sample";

    @AfterEach
    void restoreTheDefaultLocale() {
        Locale.setDefault(STARTED_WITH);
    }

    @Test
    void theseTestsRunOnAGermanJvm() {
        assertThat(STARTED_WITH.getLanguage()).as("surefire argLine -Duser.language=de").isEqualTo("de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", " en ", "en-GB", "en_US"})
    void englishByName(String tag) {
        assertThat(Language.of(tag)).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "RU", "de", "", "  ", "english", "fr-CA"})
    void russianForEverythingElse(String tag) {
        assertThat(Language.of(tag)).isEqualTo(Language.RUSSIAN);
        assertThat(Language.of((String) null)).isEqualTo(Language.RUSSIAN);
    }

    @Test
    void localesFollowTheSameRule() {
        assertThat(Language.of(Locale.ENGLISH)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.RUSSIAN);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.RUSSIAN);
        assertThat(Language.of((Locale) null)).isEqualTo(Language.RUSSIAN);
    }

    @Test
    void theDefaultLocaleNeverChangesTheText() {
        for (Locale jvm : new Locale[] {Locale.GERMAN, Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.ROOT}) {
            Locale.setDefault(jvm);
            TextBundle ru = TextBundle.read(SAMPLE, Language.RUSSIAN, getClass().getClassLoader());
            TextBundle en = TextBundle.read(SAMPLE, Language.ENGLISH, getClass().getClassLoader());
            assertThat(ru.text("greeting", "Анна")).as("JVM locale %s", jvm).isEqualTo("Здравствуйте, Анна!");
            assertThat(en.text("greeting", "Ann")).as("JVM locale %s", jvm).isEqualTo("Hello, Ann!");
            // numbers are formatted for the till's language, not the JVM's (German would write 1.234)
            assertThat(ru.text("number", 1234)).as("JVM locale %s", jvm).isEqualTo("Сдача: 1\u00a0234 коп.");
            assertThat(en.text("number", 1234)).as("JVM locale %s", jvm).isEqualTo("Change: 1,234 kopecks");
        }
    }
}
