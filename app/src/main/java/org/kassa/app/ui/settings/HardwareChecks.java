package org.kassa.app.ui.settings;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.PrintSpooler;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterTips;
import org.kassa.printer.Receipts;
import org.kassa.printer.SlipData;
import org.kassa.printer.Slips;

/**
 * The printer tests of the settings screen, one click each, on the till's own printer (as {@code kassa
 * print-test} does): the code-page test page, a sample Koshelek slip, a drawer kick. The outcome, or the
 * printer tip, in plain words.
 */
public final class HardwareChecks {

    /** What the operator can try. */
    public enum PrinterTest { CODE_PAGE, SLIP_SAMPLE, DRAWER }

    private final Printer printer;
    private final java.time.Duration timeout;
    private final Locale slipLanguage;
    private final java.util.function.Supplier<Locale> operatorLanguage;
    private final Jobs jobs;
    private final ObjectProperty<UiMessage> printerMessage = new SimpleObjectProperty<>();

    /** @param operatorLanguage the window's language now, for the printer tips */
    public HardwareChecks(Printer printer, java.time.Duration timeout, Locale slipLanguage,
                          java.util.function.Supplier<Locale> operatorLanguage, Jobs jobs) {
        this.printer = printer;
        this.operatorLanguage = operatorLanguage;
        this.timeout = timeout;
        this.slipLanguage = slipLanguage;
        this.jobs = jobs;
    }

    public void run(PrinterTest test) {
        printerMessage.set(UiMessage.ui("settings.printer.running", test.name()));
        PrintDocument document = document(test);
        jobs.run(() -> new PrintSpooler(printer, timeout).print(document),
                job -> printerMessage.set(UiMessage.ui("settings.printer.done." + job.status().name(), test.name(),
                        printer.address(), job.bytes().length)),
                e -> printerMessage.set(failure(e)));
    }

    PrintDocument document(PrinterTest test) {
        var profile = printer.profile();
        return switch (test) {
            case CODE_PAGE -> Slips.testPage(profile, SlipData.sample(true), slipLanguage);
            case SLIP_SAMPLE -> Slips.koshelekSlip(profile, SlipData.sample(true), slipLanguage);
            case DRAWER -> Receipts.builder(profile).drawerPulse().build();
        };
    }

    private UiMessage failure(Throwable e) {
        if (e instanceof PrinterException p) {
            return UiMessage.text(PrinterTips.forLanguage(operatorLanguage.get().getLanguage())
                    .advice(p, printer.address()));
        }
        return UiMessage.ui("error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The last test's outcome. */
    public ObjectProperty<UiMessage> printerMessage() {
        return printerMessage;
    }
}
