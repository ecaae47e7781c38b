package org.kassa.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every scanner state the operator can see has a Russian and an English text naming the scanner. */
class HealthTextsTest {

    @Test
    void everyReasonHasAnOperatorTextInBothLanguages() {
        ResourceBundle ru = ResourceBundle.getBundle("i18n/scanner", Locale.ROOT);
        ResourceBundle en = ResourceBundle.getBundle("i18n/scanner", Locale.ENGLISH);
        for (SourceHealth.Reason reason : SourceHealth.Reason.values()) {
            String key = "scanner.health." + reason.name();
            String russian = MessageFormat.format(ru.getString(key), "serial:/dev/ttyACM0");
            String english = MessageFormat.format(en.getString(key), "serial:/dev/ttyACM0");
            assertThat(russian).as(key).contains("serial:/dev/ttyACM0").containsPattern("[А-Яа-я]");
            assertThat(english).as(key).contains("serial:/dev/ttyACM0").doesNotContainPattern("[А-Яа-я]")
                    .isNotEqualTo(russian);
        }
    }
}
