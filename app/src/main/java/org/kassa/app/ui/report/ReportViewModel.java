package org.kassa.app.ui.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Problems;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterTip;
import org.kassa.till.report.ShiftReport;

/**
 * Any X or Z report on screen, for the Reports screen and the shift close alike: the paper as it prints
 * (monospace text), the takings per payment type for the chart, printing and the CSV file. A dead printer
 * leaves the report where it is with the printer's tip; printing again is one key.
 */
public final class ReportViewModel {

    private final ReportDesk desk;
    private final Jobs jobs;
    private final ReadOnlyObjectWrapper<ShiftReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper paper = new ReadOnlyStringWrapper("");
    private final ObservableList<TakingsBar> bars = FXCollections.observableArrayList();
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final ObjectProperty<PrinterTip> printerTip = new SimpleObjectProperty<>();
    private final StringProperty csvTarget = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> csvWritten = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ReportViewModel(ReportDesk desk, Jobs jobs) {
        this.desk = desk;
        this.jobs = jobs;
    }

    /** Shows {@code shown} (null: nothing) as it prints; the paper is drawn at once (no I/O). */
    public void show(ShiftReport shown) {
        report.set(shown);
        paper.set(shown == null ? "" : PaperText.of(desk.paper(shown), desk.profile()));
        bars.setAll(shown == null ? java.util.List.of() : TakingsBar.of(shown));
        tell(null, false);
    }

    /** Prints the report shown on the till's printer (the virtual printer in training). */
    public void print() {
        ShiftReport shown = report.get();
        if (shown == null || busy.get()) {
            return;
        }
        busy.set(true);
        tell(UiMessage.ui("report.printing"), false);
        jobs.run(() -> {
            desk.print(shown);
            return shown;
        }, done -> {
            busy.set(false);
            tell(UiMessage.ui("report.printed", done.kind(), done.number()), false);
        }, e -> {
            busy.set(false);
            if (e instanceof PrinterException failed) {
                tell(UiMessage.ui("report.printFailed"), true);
                printerTip.set(failed.tip());
            } else {
                tell(Problems.describe(e), true);
            }
        });
    }

    /** Writes the report's CSV to the typed path (relative: in the exports folder) or a new file there. */
    public void exportCsv() {
        ShiftReport shown = report.get();
        if (shown == null || busy.get()) {
            return;
        }
        Path target;
        try {
            String typed = csvTarget.get() == null ? "" : csvTarget.get().strip();
            target = typed.isEmpty() ? null : desk.exportsDir().resolve(Path.of(typed));
        } catch (InvalidPathException e) {
            tell(UiMessage.ui("report.csvBadPath", csvTarget.get()), true);
            return;
        }
        busy.set(true);
        jobs.run(() -> desk.writeCsv(shown, target), written -> {
            busy.set(false);
            csvWritten.set(written);
            tell(UiMessage.ui("report.csvWritten", written.toString()), false);
        }, e -> {
            busy.set(false);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            tell(UiMessage.ui("report.csvFailed", target == null ? desk.exportsDir().toString() : target.toString(),
                    why), true);
        });
    }

    /** A message under the report (null: none); a new one clears the printer tip. */
    void tell(UiMessage text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
        printerTip.set(null);
    }

    public ReadOnlyObjectProperty<ShiftReport> report() {
        return report.getReadOnlyProperty();
    }

    /** The report as the printer prints it, one paper line per text line. */
    public ReadOnlyStringProperty paper() {
        return paper.getReadOnlyProperty();
    }

    public ObservableList<TakingsBar> bars() {
        return bars;
    }

    public ObjectProperty<UiMessage> message() {
        return message;
    }

    /** The message tells of something that went wrong. */
    public BooleanProperty problem() {
        return problem;
    }

    /** What to do about the printer after a failed print (null otherwise). */
    public ObjectProperty<PrinterTip> printerTip() {
        return printerTip;
    }

    /** The printer the tip is about. */
    public String printerAddress() {
        return desk.printerAddress();
    }

    /** The CSV path as typed; empty: a new file in {@link ReportDesk#exportsDir()}. */
    public StringProperty csvTarget() {
        return csvTarget;
    }

    /** The last CSV file written (absolute). */
    public ReadOnlyObjectProperty<Path> csvWritten() {
        return csvWritten.getReadOnlyProperty();
    }

    public BooleanProperty busy() {
        return busy;
    }
}
