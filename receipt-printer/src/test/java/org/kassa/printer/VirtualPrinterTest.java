package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.Duration;
import org.kassa.printer.testing.Samples;
import org.junit.jupiter.api.Test;

/** The virtual printer of training mode: keeps jobs, draws them, and rehearses failures. */
class VirtualPrinterTest {

    private static final PrinterProfile EPSON = PrinterProfiles.named("epson");
    private static final PrintDocument SLIP = Slips.koshelekSlip(EPSON, Samples.slip(Samples.sbpPayment()),
            Slips.RUSSIAN);

    @Test
    void keepsTheBytesAndDrawsThePaper() throws Exception {
        VirtualPrinter printer = new VirtualPrinter(EPSON);
        assertThat(printer.lastPreview()).isNull();
        new PrintSpooler(printer, Duration.ofSeconds(1)).print(SLIP);
        assertThat(printer.printed()).singleElement().isEqualTo(SLIP.bytes());
        BufferedImage paper = printer.lastPreview();
        assertThat(paper.getWidth()).isEqualTo(576 + 2 * 24);
        assertThat(QrRoundTripTest.decodeQr(paper)).isEqualTo(Samples.PAYMENT_TX);
    }

    @Test
    void aSimulatedEmptyRollFailsTheJobAndReprintWorksAfterwards() throws Exception {
        VirtualPrinter printer = new VirtualPrinter(EPSON);
        PrintSpooler spooler = new PrintSpooler(printer, Duration.ofSeconds(1));
        printer.simulate(PrinterException.Failure.PAPER_OUT);
        assertThat(printer.status(Duration.ofSeconds(1)).failure()).isEqualTo(PrinterException.Failure.PAPER_OUT);
        assertThatThrownBy(() -> spooler.print(SLIP)).isInstanceOfSatisfying(PrinterException.class,
                e -> assertThat(e.failure()).isEqualTo(PrinterException.Failure.PAPER_OUT));
        PrintJob failed = spooler.jobs().get(0);
        assertThat(failed.status()).isEqualTo(PrintJob.Status.FAILED);
        assertThat(printer.printed()).isEmpty();

        printer.simulate(null);
        assertThat(spooler.reprint(failed).status()).isEqualTo(PrintJob.Status.PRINTED);
        assertThat(printer.printed()).hasSize(1);
    }

    @Test
    void aJobRestoredAfterARestartCanBeReprinted() throws Exception {
        PrintSpooler before = new PrintSpooler(new VirtualPrinter(EPSON), Duration.ofSeconds(1));
        PrintJob stored = before.print(SLIP);
        VirtualPrinter after = new VirtualPrinter(EPSON);
        PrintSpooler spooler = new PrintSpooler(after, Duration.ofSeconds(1));
        PrintJob again = spooler.reprint(stored);
        assertThat(again.id()).isEqualTo(stored.id());
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(spooler.job(stored.id())).isPresent();
        assertThat(after.printed()).singleElement().isEqualTo(SLIP.bytes());
    }

    @Test
    void printedJobsAreTrimmedButFailedOnesAreKept() throws Exception {
        VirtualPrinter printer = new VirtualPrinter(EPSON);
        PrintSpooler spooler = new PrintSpooler(printer, Duration.ofSeconds(1));
        printer.simulate(PrinterException.Failure.OFFLINE);
        assertThatThrownBy(() -> spooler.print(SLIP)).isInstanceOf(PrinterException.class);
        printer.simulate(null);
        for (int i = 0; i < PrintSpooler.KEEP_PRINTED + 5; i++) {
            spooler.print(SLIP);
        }
        assertThat(spooler.jobs()).hasSize(PrintSpooler.KEEP_PRINTED + 1);
        assertThat(spooler.jobs().get(0).status()).isEqualTo(PrintJob.Status.FAILED);
    }
}
