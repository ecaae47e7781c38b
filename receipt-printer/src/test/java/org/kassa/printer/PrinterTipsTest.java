package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every printer problem has its own advice in Russian and in English, from the bundle inside this jar. */
class PrinterTipsTest {

    private static final String ADDRESS = "tcp://10.0.0.7:9100";
    private static final PrinterTips RU = PrinterTips.forLanguage("ru");
    private static final PrinterTips EN = PrinterTips.forLanguage("en");

    @ParameterizedTest
    @EnumSource(PrinterTip.class)
    void everyTipHasARussianAndAnEnglishTextNamingThePrinter(PrinterTip tip) {
        assertThat(RU.has(tip)).as("RU text for %s", tip).isTrue();
        assertThat(EN.has(tip)).as("EN text for %s", tip).isTrue();
        String ru = RU.text(tip, ADDRESS);
        String en = EN.text(tip, ADDRESS);
        assertThat(ru).contains(ADDRESS).containsPattern("[А-Яа-яЁё]{4}").doesNotContain("{0}");
        assertThat(en).contains(ADDRESS).doesNotContainPattern("[А-Яа-яЁё]").doesNotContain("{0}");
        assertThat(ru).isNotEqualTo(en);
    }

    @ParameterizedTest
    @EnumSource(PrinterException.Failure.class)
    void everyFailureKindHasItsOwnTip(PrinterException.Failure failure) {
        PrinterException e = new PrinterException(failure, ADDRESS + ": something");
        assertThat(e.tip()).isEqualTo(PrinterTip.of(failure));
        assertThat(RU.advice(e, ADDRESS)).isEqualTo(RU.text(PrinterTip.of(failure), ADDRESS));
    }

    @Test
    void theTextsDifferFromEachOther() {
        Set<String> ru = Arrays.stream(PrinterTip.values()).map(t -> RU.text(t, ADDRESS)).collect(Collectors.toSet());
        assertThat(ru).hasSize(PrinterTip.values().length);
    }

    @Test
    void theStatusUnknownWarningIsOneLineAndNamesTheFix() {
        for (PrinterTips tips : new PrinterTips[] {RU, EN}) {
            String warning = tips.statusUnknown(ADDRESS);
            assertThat(warning).doesNotContain("\n").contains("DLE EOT", "status.mode = off", "status.mode = strict");
        }
        assertThat(EN.statusUnknown(ADDRESS)).contains("unknown", "check the paper");
    }

    @Test
    void anApostropheInATextSurvivesFormatting() {
        // MessageFormat would swallow single quotes; English texts use them ("the till's user")
        assertThat(EN.text(PrinterTip.OFFLINE_DEVICE_PERMISSION, "/dev/usb/lp0")).contains("till's user");
    }

    @Test
    void bothBundlesHaveExactlyTheTipKeys() throws IOException {
        Set<String> expected = Arrays.stream(PrinterTip.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(keys("printer-tips.properties")).isEqualTo(expected);
        assertThat(keys("printer-tips_en.properties")).isEqualTo(expected);
    }

    @Test
    void anyOtherLanguageGetsRussianNotTheSystemLocale() {
        assertThat(PrinterTips.forLanguage("de").text(PrinterTip.PAPER_OUT, ADDRESS))
                .isEqualTo(RU.text(PrinterTip.PAPER_OUT, ADDRESS));
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = PrinterTips.class.getResourceAsStream("i18n/" + file)) {
            assertThat(in).as("resource org/kassa/printer/i18n/%s", file).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.stringPropertyNames();
        }
    }
}
