package org.kassa.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every scanner state the operator can see has a Russian and an English text naming the scanner. */
class HealthTextsTest {

    private static final String SCANNER = "serial:/dev/ttyACM0";

    @Test
    void everyReasonHasAnOperatorTextInBothLanguages() {
        HealthTexts ru = HealthTexts.forLanguage("ru");
        HealthTexts en = HealthTexts.forLanguage("en");
        for (SourceHealth.Reason reason : SourceHealth.Reason.values()) {
            assertThat(ru.has(reason)).as("RU %s", reason).isTrue();
            assertThat(en.has(reason)).as("EN %s", reason).isTrue();
            String russian = ru.text(reason, SCANNER);
            String english = en.text(reason, SCANNER);
            assertThat(russian).as("%s", reason).contains(SCANNER).containsPattern("[А-Яа-я]");
            assertThat(english).as("%s", reason).contains(SCANNER).doesNotContainPattern("[А-Яа-я]")
                    .isNotEqualTo(russian);
        }
    }

    @Test
    void aHealthShowsTheTextOfItsReasonAndOtherLanguagesGetRussian() {
        SourceHealth unplugged = SourceHealth.of(SourceHealth.Reason.UNPLUGGED, "read failed: device gone");
        assertThat(HealthTexts.forLanguage("en").text(unplugged, SCANNER))
                .isEqualTo("Scanner " + SCANNER + " was unplugged: plug it back in. No need to restart the till");
        assertThat(HealthTexts.forLanguage("de").text(unplugged, SCANNER))
                .isEqualTo(HealthTexts.forLanguage("ru").text(unplugged, SCANNER));
    }
}
