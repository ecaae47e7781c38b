package org.kassa.app.ui.report;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Problems;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.report.ShiftReport;

/**
 * The Reports screen (F5): the open shift's X report first, then the Z reports of the latest closed shifts;
 * ↑ ↓ choose, the chosen report is shown by a {@link ReportViewModel}. Reading the store runs as a job.
 */
public final class ReportsViewModel {

    private final ReportDesk desk;
    private final Jobs jobs;
    private final ReportViewModel report;
    private final BooleanProperty showing = new SimpleBooleanProperty();
    private final ObservableList<ShiftChoice> choices = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);

    public ReportsViewModel(ReportDesk desk, Jobs jobs) {
        this.desk = desk;
        this.jobs = jobs;
        this.report = new ReportViewModel(desk, jobs);
    }

    /** F5: shows the screen with the shifts listed and the open shift's X report as it stands now. */
    public void open() {
        showing.set(true);
        jobs.run(this::listShifts, found -> {
            choices.setAll(found);
            selected.set(-1);
            if (found.isEmpty()) {
                report.show(null);
                report.tell(UiMessage.ui("report.noShifts"), false);
            } else {
                select(0);
            }
        }, e -> report.tell(Problems.describe(e), true));
    }

    private List<ShiftChoice> listShifts() {
        List<ShiftChoice> found = new ArrayList<>();
        desk.openShift().map(ShiftChoice::of).ifPresent(found::add);
        desk.closedShifts().stream().map(ShiftChoice::of).forEach(found::add);
        return found;
    }

    /** ↑ ↓: the previous or next report of the list. */
    public void move(int delta) {
        if (!choices.isEmpty()) {
            select(Math.max(0, Math.min(choices.size() - 1, selected.get() + delta)));
        }
    }

    /** Shows the report of list entry {@code index}. */
    public void select(int index) {
        if (index < 0 || index >= choices.size() || index == selected.get()) {
            return;
        }
        selected.set(index);
        ShiftChoice choice = choices.get(index);
        jobs.run(() -> load(choice), made -> {
            if (selected.get() >= 0 && choices.get(selected.get()).equals(choice)) {
                report.show(made);
            }
        }, e -> {
            report.show(null);
            report.tell(Problems.describe(e), true);
        });
    }

    private ShiftReport load(ShiftChoice choice) {
        return choice.x() ? desk.x() : desk.z(choice.number());
    }

    /** Esc: back to the sale. */
    public void close() {
        showing.set(false);
    }

    public BooleanProperty showing() {
        return showing;
    }

    public ObservableList<ShiftChoice> choices() {
        return choices;
    }

    public IntegerProperty selected() {
        return selected;
    }

    public ReportViewModel report() {
        return report;
    }
}
