package org.kassa.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.PrintOutcome;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterAddress;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterProfile.StatusMode;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.Printers;
import org.kassa.printer.Slips;
import org.kassa.printer.testing.FakePrinter;
import org.kassa.printer.testing.Samples;
import org.kassa.printer.testing.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A serial printer on a real pty pair made by socat: the till opens one end, the fake printer the other. */
class SerialPrinterTest {

    @TempDir
    Path dir;
    private Process socat;
    private Path tillEnd;
    private Path printerEnd;

    @BeforeEach
    void ptyPair() throws Exception {
        Tools.require("socat", "socat", "the pty pair that stands in for the serial cable");
        tillEnd = dir.resolve("till");
        printerEnd = dir.resolve("printer");
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + tillEnd, "pty,raw,echo=0,link=" + printerEnd)
                .redirectErrorStream(true).start();
        for (int i = 0; i < 200 && !(Files.exists(tillEnd) && Files.exists(printerEnd)); i++) {
            Thread.sleep(10);
        }
        assertThat(Files.exists(tillEnd) && Files.exists(printerEnd)).as("socat made a pty pair within 2 s").isTrue();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (socat != null) {
            socat.destroy();
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly();
            }
        }
    }

    @Test
    void aSlipReachesTheSerialPrinterWithStatusChecks() throws Exception {
        PrintDocument slip = Slips.koshelekSlip(PrinterProfiles.named("epson-58"), Samples.slip(Samples.sbpPayment()),
                Slips.RUSSIAN);
        FakePrinter fake = new FakePrinter(FakePrinter.Mode.OK);
        printerSide(fake);
        try (Printer printer = Printers.open(PrinterAddress.parse("serial:" + tillEnd + ",baud=115200"),
                PrinterProfiles.named("epson-58"))) {
            assertThat(printer.send(slip.bytes(), Duration.ofSeconds(5))).isEqualTo(PrintOutcome.PRINTED);
        }
        byte[] expected = FakePrinter.withStatusChecks(slip.bytes());
        assertThat(fake.awaitReceived(expected.length, Duration.ofSeconds(5))).isEqualTo(expected);
    }

    @Test
    void aSilentSerialPrinterIsATimeoutWhenItsProfileRequiresStatus() throws Exception {
        try (Printer printer = Printers.open(PrinterAddress.parse("serial:" + tillEnd),
                PrinterProfiles.named("epson-58").withStatus(StatusMode.STRICT))) {
            assertThatThrownBy(() -> printer.send(new byte[] {0x1B, 0x40}, Duration.ofMillis(600)))
                    .isInstanceOfSatisfying(PrinterException.class,
                            e -> assertThat(e.failure()).isEqualTo(PrinterException.Failure.TIMEOUT));
        }
    }

    @Test
    void aSilentSerialPrinterStillGetsTheJobByDefault() throws Exception {
        byte[] job = {0x1B, 0x40, 'O', 'K', 0x0A};
        FakePrinter fake = new FakePrinter(FakePrinter.Mode.SILENT);
        printerSide(fake);
        try (Printer printer = Printers.open(PrinterAddress.parse("serial:" + tillEnd),
                PrinterProfiles.named("epson-58"))) {
            assertThat(printer.send(job, Duration.ofMillis(900))).isEqualTo(PrintOutcome.PRINTED_STATUS_UNKNOWN);
        }
        // only the query is compared: closing a pty discards what socat has not read yet (a real UART sends
        // it first); the whole job on a silent printer's wire is checked over TCP in TcpPrinterTest
        assertThat(fake.awaitReceived(3, Duration.ofSeconds(5))).startsWith(0x10, 0x04, 0x01);
    }

    @Test
    void aMissingPortIsOffline() {
        try (Printer printer = Printers.open(PrinterAddress.parse("serial:" + dir.resolve("nothing")),
                PrinterProfiles.named("epson-58"))) {
            assertThatThrownBy(() -> printer.send(new byte[] {0x1B, 0x40}, Duration.ofSeconds(2)))
                    .isInstanceOfSatisfying(PrinterException.class,
                            e -> assertThat(e.failure()).isEqualTo(PrinterException.Failure.OFFLINE));
        }
    }

    /**
     * The printer's end of the pty, served on a daemon thread; it ends when socat is stopped after the test
     * (the pty then reports end of file or an I/O error), and the test itself waits on it only with a bound.
     */
    private void printerSide(FakePrinter fake) {
        Thread side = new Thread(() -> {
            try (FileInputStream in = new FileInputStream(printerEnd.toFile());
                    FileOutputStream out = new FileOutputStream(printerEnd.toFile())) {
                fake.serve(in, out);
            } catch (IOException e) {
                // socat stopped
            }
        }, "pty-printer");
        side.setDaemon(true);
        side.start();
    }
}
