package org.kassa.app.ui.shift;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Money;
import org.kassa.app.ui.core.Problems;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.app.ui.staff.Approvals;
import org.kassa.till.Till;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.shift.Shifts;
import org.kassa.till.staff.Approval;

/**
 * Closing the shift from the window (docs/decisions/0132): the counted cash, a supervisor's approval, then the
 * till's {@link Shifts#close} makes the Z report, which is printed and shown as on paper. After it the window
 * asks for the next shift (outside training) again.
 */
public final class ShiftCloseViewModel {

    public enum Phase { CLOSED, COUNTING, APPROVING, CLOSING, REPORT }

    /** The Z report as printed: its text, and whether the printer took it. */
    public record Printed(String text, boolean onPaper) {
    }

    private final Till till;
    private final Shifts shifts;
    private final Approvals approvals;
    private final Function<ShiftReport, Printed> print;
    private final Jobs jobs;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CLOSED);
    private final StringProperty counted = new SimpleStringProperty("");
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Approval> approval = new SimpleObjectProperty<>();
    private final ObjectProperty<ShiftReport> report = new SimpleObjectProperty<>();
    private final StringProperty reportText = new SimpleStringProperty("");

    /** @param print prints the Z report (the virtual printer in training) and returns its text */
    public ShiftCloseViewModel(Till till, Shifts shifts, Approvals approvals, Function<ShiftReport, Printed> print,
                               Jobs jobs) {
        this.till = till;
        this.shifts = shifts;
        this.approvals = approvals;
        this.print = print;
        this.jobs = jobs;
    }

    /** The close-shift key: asks for the counted cash. */
    public void start() {
        if (phase.get() == Phase.CLOSED) {
            counted.set("");
            message.set(null);
            approval.set(null);
            report.set(null);
            reportText.set("");
            phase.set(Phase.COUNTING);
        }
    }

    /** Enter with the counted cash: asks a supervisor, then closes. */
    public void submit() {
        if (phase.get() != Phase.COUNTING) {
            return;
        }
        long cash = counted.get() == null || counted.get().isBlank() ? -1 : Money.parseRoubles(counted.get());
        if (cash < 0) {
            message.set(UiMessage.ui("close.badCash"));
            return;
        }
        message.set(null);
        phase.set(Phase.APPROVING);
        approvals.ask("shift.close", null).whenComplete((by, e) -> {
            if (by != null) {
                close(by, cash);
            } else {
                phase.set(Phase.COUNTING);
                Throwable why = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                message.set(why instanceof CancellationException ? UiMessage.ui("close.notApproved")
                        : Problems.describe(why));
            }
        });
    }

    private void close(Approval by, long cash) {
        approval.set(by);
        phase.set(Phase.CLOSING);
        message.set(UiMessage.ui("close.closing"));
        jobs.run(() -> {
            till.endOfShift();
            ShiftReport z = shifts.close(by, cash);
            return new Closed(z, print.apply(z));
        }, closed -> {
            report.set(closed.z());
            reportText.set(closed.printed().text());
            message.set(closed.printed().onPaper() ? null : UiMessage.ui("close.notPrinted"));
            phase.set(Phase.REPORT);
        }, e -> {
            message.set(Problems.describe(e));
            phase.set(Phase.COUNTING);
        });
    }

    /** Esc: leaves the count, or the Z report once read; nothing while the till closes the shift. */
    public void escape() {
        if (phase.get() == Phase.COUNTING || phase.get() == Phase.REPORT) {
            phase.set(Phase.CLOSED);
        }
    }

    public ObjectProperty<Phase> phase() {
        return phase;
    }

    /** The cash counted in the drawer, in roubles as typed. */
    public StringProperty counted() {
        return counted;
    }

    public ObjectProperty<UiMessage> message() {
        return message;
    }

    /** Who approved the close. */
    public ObjectProperty<Approval> approval() {
        return approval;
    }

    /** The Z report of the shift just closed. */
    public ObjectProperty<ShiftReport> report() {
        return report;
    }

    /** The Z report as printed, for the monospace preview. */
    public StringProperty reportText() {
        return reportText;
    }

    private record Closed(ShiftReport z, Printed printed) {
    }
}
