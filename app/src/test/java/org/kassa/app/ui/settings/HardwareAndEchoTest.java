package org.kassa.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.settings.HardwareChecks.PrinterTest;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.VirtualPrinter;

/** The printer tests send real ESC/POS to the virtual printer; the scanner echo shows bytes and gaps. */
class HardwareAndEchoTest {

    @org.junit.jupiter.api.Test
    void theDrawerKickIsEscPAndTheTestsPrint() {
        VirtualPrinter printer = new VirtualPrinter(PrinterProfiles.named("epson"));
        HardwareChecks checks = new HardwareChecks(printer, Duration.ofSeconds(5), Locale.forLanguageTag("ru"),
                () -> Locale.ENGLISH, new DirectJobs());
        String drawer = HexFormat.of().formatHex(checks.document(PrinterTest.DRAWER).bytes());
        assertThat(drawer).contains("1b7000");   // ESC p 0: pulse on drawer pin 2 (the epson profile)
        for (PrinterTest test : PrinterTest.values()) {
            checks.run(test);
            String said = new I18n(Locale.ENGLISH).render(checks.printerMessage().get());
            assertThat(said).startsWith("Test " + test.name() + ": printer virtual took");
        }
        assertThat(checks.document(PrinterTest.CODE_PAGE).bytes().length)
                .isGreaterThan(checks.document(PrinterTest.SLIP_SAMPLE).bytes().length);
    }

    @org.junit.jupiter.api.Test
    void theEchoShowsEachKeysBytesAndTheGapsUntilEnter() {
        ScannerEcho echo = new ScannerEcho();
        echo.arm();
        long t = 1_000_000_000L;
        echo.key("4", t);
        echo.key("6", t + 400_000);
        echo.key("Ж", t + 900_000);
        assertThat(echo.armed().get()).isTrue();
        echo.key("\r", t + 31_000_000);
        assertThat(echo.armed().get()).isFalse();
        assertThat(echo.hex().get()).isEqualTo("34 36 D096 0D");
        assertThat(echo.gaps().get()).isEqualTo("0.4 0.5 30.1");
        assertThat(echo.text().get()).isEqualTo("46Ж⏎");
        echo.key("9", t + 50_000_000);
        assertThat(echo.hex().get()).isEqualTo("34 36 D096 0D");
    }
}
