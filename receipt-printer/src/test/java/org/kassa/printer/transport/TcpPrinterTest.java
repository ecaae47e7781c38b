package org.kassa.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.PrintJob;
import org.kassa.printer.PrintSpooler;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterAddress;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterException.Failure;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.PrinterStatus;
import org.kassa.printer.Printers;
import org.kassa.printer.Slips;
import org.kassa.printer.testing.FakePrinter.Mode;
import org.kassa.printer.testing.FakePrinter;
import org.kassa.printer.testing.LoopbackPrinter;
import org.kassa.printer.testing.Samples;
import org.junit.jupiter.api.Test;

/** A real TCP printer on loopback that prints, runs out of paper, stalls or drops the connection mid-job. */
class TcpPrinterTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final PrintDocument SLIP = Slips.koshelekSlip(PrinterProfiles.named("epson"),
            Samples.slip(Samples.sbpPayment()), Slips.RUSSIAN);

    private static Printer printer(LoopbackPrinter fake, String profile) {
        return Printers.open(PrinterAddress.parse(fake.address()), PrinterProfiles.named(profile));
    }

    @Test
    void aJobArrivesByteForByteBetweenStatusChecks() throws Exception {
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.OK); Printer printer = printer(fake, "epson")) {
            PrintJob job = new PrintSpooler(printer, TIMEOUT).print(SLIP);
            assertThat(job.status()).isEqualTo(PrintJob.Status.PRINTED);
            awaitReceived(fake.printer(), FakePrinter.withStatusChecks(SLIP.bytes()).length);
            assertThat(fake.printer().received()).isEqualTo(FakePrinter.withStatusChecks(SLIP.bytes()));
            assertThat(printer.status(TIMEOUT)).isEqualTo(PrinterStatus.READY);
        }
    }

    @Test
    void anEmptyRollStopsTheJobBeforeAnyByteIsPrintedAndTheJobIsKept() throws Exception {
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.PAPER_OUT); Printer printer = printer(fake, "epson")) {
            PrintSpooler spooler = new PrintSpooler(printer, TIMEOUT);
            List<PrintJob.Status> seen = new ArrayList<>();
            spooler.addListener(j -> seen.add(j.status()));
            assertThatThrownBy(() -> spooler.print(SLIP)).isInstanceOfSatisfying(PrinterException.class,
                    e -> assertThat(e.failure()).isEqualTo(Failure.PAPER_OUT));
            assertThat(seen).containsExactly(PrintJob.Status.PENDING, PrintJob.Status.PRINTING,
                    PrintJob.Status.FAILED);
            PrintJob failed = spooler.jobs().get(0);
            assertThat(failed.bytes()).isEqualTo(SLIP.bytes());
            assertThat(failed.lastError()).startsWith("PAPER_OUT");
            assertThat(printer.status(TIMEOUT).paperOut()).isTrue();

            fake.printer().mode(Mode.OK);
            PrintJob reprinted = spooler.reprint(failed.id());
            assertThat(reprinted.status()).isEqualTo(PrintJob.Status.PRINTED);
            assertThat(reprinted.attempts()).isEqualTo(2);
        }
    }

    @Test
    void aStalledPrinterThatNeverAnswersIsATimeout() throws Exception {
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.STALL); Printer printer = printer(fake, "epson")) {
            assertThatThrownBy(() -> printer.send(SLIP.bytes(), Duration.ofMillis(600)))
                    .isInstanceOfSatisfying(PrinterException.class,
                            e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
        }
    }

    @Test
    void aStalledPrinterWithoutStatusTimesOutWhenItsBuffersAreFull() throws Exception {
        byte[] huge = new byte[16 << 20];
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.STALL); Printer printer = printer(fake, "clone-58")) {
            assertThatThrownBy(() -> printer.send(huge, Duration.ofMillis(800)))
                    .isInstanceOfSatisfying(PrinterException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                        assertThat(e.getMessage()).contains(fake.address(), "reprint");
                    });
        }
    }

    @Test
    void aConnectionDroppedMidJobIsReportedAsLost() throws Exception {
        byte[] big = new byte[4 << 20];
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.DROP); Printer printer = printer(fake, "epson")) {
            assertThatThrownBy(() -> printer.send(big, TIMEOUT)).isInstanceOfSatisfying(PrinterException.class,
                    e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION_LOST));
        }
    }

    @Test
    void nobodyListeningIsOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Printer printer = Printers.open(PrinterAddress.parse("tcp://127.0.0.1:" + port),
                PrinterProfiles.named("epson"))) {
            assertThatThrownBy(() -> printer.send(SLIP.bytes(), TIMEOUT)).isInstanceOfSatisfying(
                    PrinterException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.OFFLINE);
                        assertThat(e.getMessage()).contains("127.0.0.1:" + port, "check that the printer is on");
                    });
        }
    }

    /** The last status answer is sent before the fake stores the final bytes; wait for them briefly. */
    private static void awaitReceived(FakePrinter fake, int length) throws InterruptedException {
        for (int i = 0; i < 200 && fake.received().length < length; i++) {
            Thread.sleep(10);
        }
    }
}
