package org.kassa.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.PrintOutcome;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterAddress;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.PrinterTip;
import org.kassa.printer.PrinterTips;
import org.kassa.printer.Printers;
import org.kassa.printer.Slips;
import org.kassa.printer.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device-file link writes exactly the job (no status queries: the link is one-way). */
class DeviceFilePrinterTest {

    @Test
    void writesTheJobBytesUnchanged(@TempDir Path dir) throws Exception {
        Path lp = dir.resolve("lp0");
        PrintDocument slip = Slips.koshelekSlip(PrinterProfiles.named("epson"), Samples.slip(Samples.sbpPayment()),
                Slips.RUSSIAN);
        try (Printer printer = Printers.open(PrinterAddress.parse("file:" + lp), PrinterProfiles.named("epson"))) {
            assertThat(printer.bidirectional()).isFalse();
            // a one-way link cannot be asked: accepted bytes count as printed, without a warning
            assertThat(printer.send(slip.bytes(), Duration.ofSeconds(2))).isEqualTo(PrintOutcome.PRINTED);
        }
        assertThat(Files.readAllBytes(lp)).isEqualTo(slip.bytes());
    }

    @Test
    void aMissingDeviceIsOfflineWithAHint(@TempDir Path dir) {
        Path lp = dir.resolve("usb").resolve("lp0");
        try (Printer printer = Printers.open(PrinterAddress.parse("file:" + lp), PrinterProfiles.named("epson"))) {
            assertThatThrownBy(() -> printer.send(new byte[] {0x1B, 0x40}, Duration.ofSeconds(2)))
                    .isInstanceOfSatisfying(PrinterException.class, e -> {
                        assertThat(e.failure()).isEqualTo(PrinterException.Failure.OFFLINE);
                        assertThat(e.getMessage()).contains(lp.toString(), "does not exist");
                        assertThat(e.tip()).isEqualTo(PrinterTip.OFFLINE_DEVICE_MISSING);
                        assertThat(PrinterTips.forLanguage("en").advice(e, lp.toString())).contains("plugged in",
                                "ls /dev/usb/");
                    });
        }
    }
}
