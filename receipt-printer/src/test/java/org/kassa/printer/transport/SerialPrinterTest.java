package org.kassa.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterAddress;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.Printers;
import org.kassa.printer.Slips;
import org.kassa.printer.testing.FakePrinter;
import org.kassa.printer.testing.Samples;
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
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/socat")), "socat is not installed");
        tillEnd = dir.resolve("till");
        printerEnd = dir.resolve("printer");
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + tillEnd, "pty,raw,echo=0,link=" + printerEnd)
                .redirectErrorStream(true).start();
        for (int i = 0; i < 200 && !(Files.exists(tillEnd) && Files.exists(printerEnd)); i++) {
            Thread.sleep(10);
        }
        assumeTrue(Files.exists(tillEnd) && Files.exists(printerEnd), "socat made no pty pair");
    }

    @AfterEach
    void stop() {
        if (socat != null) {
            socat.destroy();
        }
    }

    @Test
    void aSlipReachesTheSerialPrinterWithStatusChecks() throws Exception {
        PrintDocument slip = Slips.koshelekSlip(PrinterProfiles.named("epson-58"), Samples.slip(Samples.sbpPayment()),
                Slips.RUSSIAN);
        FakePrinter fake = new FakePrinter(FakePrinter.Mode.OK);
        Thread printerSide = new Thread(() -> {
            try (FileInputStream in = new FileInputStream(printerEnd.toFile());
                    FileOutputStream out = new FileOutputStream(printerEnd.toFile())) {
                fake.serve(in, out);
            } catch (IOException e) {
                // socat stopped
            }
        });
        printerSide.setDaemon(true);
        printerSide.start();
        try (Printer printer = Printers.open(PrinterAddress.parse("serial:" + tillEnd + ",baud=115200"),
                PrinterProfiles.named("epson-58"))) {
            printer.send(slip.bytes(), Duration.ofSeconds(5));
        }
        byte[] expected = FakePrinter.withStatusChecks(slip.bytes());
        for (int i = 0; i < 200 && fake.received().length < expected.length; i++) {
            Thread.sleep(10);
        }
        assertThat(fake.received()).isEqualTo(expected);
    }

    @Test
    void aSilentSerialPrinterIsATimeout() throws Exception {
        try (Printer printer = Printers.open(PrinterAddress.parse("serial:" + tillEnd),
                PrinterProfiles.named("epson-58"))) {
            assertThatThrownBy(() -> printer.send(new byte[] {0x1B, 0x40}, Duration.ofMillis(600)))
                    .isInstanceOfSatisfying(PrinterException.class,
                            e -> assertThat(e.failure()).isEqualTo(PrinterException.Failure.TIMEOUT));
        }
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
}
