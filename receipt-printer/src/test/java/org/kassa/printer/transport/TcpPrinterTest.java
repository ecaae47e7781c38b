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
import org.kassa.printer.PrinterProfile.StatusMode;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.PrinterStatus;
import org.kassa.printer.PrinterTip;
import org.kassa.printer.Printers;
import org.kassa.printer.Slips;
import org.kassa.printer.testing.EscPosDecoder;
import org.kassa.printer.testing.FakePrinter.Mode;
import org.kassa.printer.testing.FakePrinter;
import org.kassa.printer.testing.LoopbackPrinter;
import org.kassa.printer.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * A real TCP printer on loopback that prints, runs out of paper, never answers status (a raw sink), stalls or
 * drops the connection mid-job.
 */
class TcpPrinterTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Bound for the fake printer to have stored what was sent (bytes arrive after the send returns). */
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final PrintDocument SLIP = Slips.koshelekSlip(PrinterProfiles.named("epson"),
            Samples.slip(Samples.sbpPayment()), Slips.RUSSIAN);

    private static Printer printer(LoopbackPrinter fake, String profile) {
        return Printers.open(PrinterAddress.parse(fake.address()), PrinterProfiles.named(profile));
    }

    /** The epson profile with {@code status.mode = strict}: for printers known to answer. */
    private static Printer strict(LoopbackPrinter fake) {
        return Printers.open(PrinterAddress.parse(fake.address()),
                PrinterProfiles.named("epson").withStatus(StatusMode.STRICT));
    }

    @Test
    void aJobArrivesByteForByteBetweenStatusChecks() throws Exception {
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.OK); Printer printer = printer(fake, "epson")) {
            PrintJob job = new PrintSpooler(printer, TIMEOUT).print(SLIP);
            assertThat(job.status()).isEqualTo(PrintJob.Status.PRINTED);
            byte[] expected = FakePrinter.withStatusChecks(SLIP.bytes());
            assertThat(fake.printer().awaitReceived(expected.length, WAIT)).isEqualTo(expected);
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
    void aSilentPrinterGetsTheJobMarkedStatusUnknown() throws Exception {
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.SILENT); Printer printer = printer(fake, "epson")) {
            PrintSpooler spooler = new PrintSpooler(printer, TIMEOUT);
            List<PrintJob.Status> seen = new ArrayList<>();
            spooler.addListener(j -> seen.add(j.status()));
            PrintJob job = spooler.print(SLIP);

            assertThat(job.status()).isEqualTo(PrintJob.Status.PRINTED_STATUS_UNKNOWN);
            assertThat(job.lastError()).isNull();
            assertThat(seen).containsExactly(PrintJob.Status.PENDING, PrintJob.Status.PRINTING,
                    PrintJob.Status.PRINTED_STATUS_UNKNOWN);
            byte[] expected = FakePrinter.afterUnansweredQuery(SLIP.bytes());
            byte[] received = fake.printer().awaitReceived(expected.length, WAIT);
            assertThat(received).isEqualTo(expected);
            // the independent decoder reads the job back from the wire: one status query, then the slip
            List<EscPosDecoder.Item> items = EscPosDecoder.decode(received, EscPosDecoder.EPSON);
            assertThat(items.get(0).name()).isEqualTo("DLE EOT");
            assertThat(EscPosDecoder.lines(items.subList(1, items.size())))
                    .isEqualTo(EscPosDecoder.lines(EscPosDecoder.decode(SLIP.bytes(), EscPosDecoder.EPSON)))
                    .anySatisfy(line -> assertThat(line).contains(Samples.KZO));
            assertThat(printer.status(TIMEOUT)).isEqualTo(PrinterStatus.UNKNOWN);
        }
    }

    @Test
    void aSilentPrinterFailsBeforeTheJobWhenItsProfileRequiresStatus() throws Exception {
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.SILENT); Printer printer = strict(fake)) {
            PrintSpooler spooler = new PrintSpooler(printer, TIMEOUT);
            assertThatThrownBy(() -> spooler.print(SLIP)).isInstanceOfSatisfying(PrinterException.class, e -> {
                assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                assertThat(e.tip()).isEqualTo(PrinterTip.TIMEOUT_NO_STATUS_ANSWER);
                assertThat(e.getMessage()).contains(fake.address(), "status.mode = strict");
            });
            assertThat(spooler.jobs().get(0).status()).isEqualTo(PrintJob.Status.FAILED);
            // not one byte of the job was sent, only the unanswered query (a job byte would arrive within ms)
            assertThat(fake.printer().awaitReceived(4, Duration.ofMillis(500))).containsExactly(0x10, 0x04, 0x01);
            assertThatThrownBy(() -> printer.status(TIMEOUT)).isInstanceOfSatisfying(PrinterException.class,
                    e -> assertThat(e.tip()).isEqualTo(PrinterTip.TIMEOUT_NO_STATUS_ANSWER));
        }
    }

    @Test
    void aStalledPrinterThatNeverAnswersIsATimeoutWhenItsProfileRequiresStatus() throws Exception {
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.STALL); Printer printer = strict(fake)) {
            assertThatThrownBy(() -> printer.send(SLIP.bytes(), Duration.ofMillis(600)))
                    .isInstanceOfSatisfying(PrinterException.class,
                            e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT));
        }
    }

    @Test
    void aPrinterThatAnswersBeforeTheJobAndThenStopsReadingIsATimeout() throws Exception {
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.STALL_AFTER_STATUS);
                Printer printer = printer(fake, "epson")) {
            assertThatThrownBy(() -> printer.send(SLIP.bytes(), TIMEOUT)).isInstanceOfSatisfying(
                    PrinterException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                        assertThat(e.getMessage()).contains(fake.address(), "not after it");
                    });
        }
    }

    @Test
    void aPrinterThatStopsReadingFailsWhenItsBuffersAreFullEvenWithoutStrictStatus() throws Exception {
        byte[] huge = new byte[16 << 20];
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.STALL); Printer printer = printer(fake, "epson")) {
            assertThatThrownBy(() -> printer.send(huge, Duration.ofMillis(1500)))
                    .isInstanceOfSatisfying(PrinterException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                        assertThat(e.getMessage()).contains(fake.address(), "took no data");
                    });
        }
    }

    @Test
    void aStalledPrinterWithoutStatusTimesOutWhenItsBuffersAreFull() throws Exception {
        byte[] huge = new byte[16 << 20];
        try (LoopbackPrinter fake = new LoopbackPrinter(Mode.STALL); Printer printer = printer(fake, "clone-58")) {
            assertThatThrownBy(() -> printer.send(huge, Duration.ofMillis(800)))
                    .isInstanceOfSatisfying(PrinterException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                        assertThat(e.getMessage()).contains(fake.address(), "took no data");
                        assertThat(e.tip()).isEqualTo(PrinterTip.TIMEOUT);
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
                        assertThat(e.getMessage()).contains("127.0.0.1:" + port, "cannot connect");
                        assertThat(e.tip()).isEqualTo(PrinterTip.OFFLINE);
                    });
        }
    }
}
