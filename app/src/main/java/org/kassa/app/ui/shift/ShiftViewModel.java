package org.kassa.app.ui.shift;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Money;
import org.kassa.app.ui.core.Problems;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.shift.Shifts;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.store.ShiftRow;

/**
 * Opening a shift from the window (docs/decisions/0132): outside training a till sells only in an open shift,
 * so with none open the window asks for login, PIN and starting cash first. The PIN check (Argon2, ~100 ms)
 * and the store run as background jobs.
 */
public final class ShiftViewModel {

    private final Staff staff;
    private final Shifts shifts;
    private final boolean training;
    private final Jobs jobs;
    private final BooleanProperty needed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty cash = new SimpleStringProperty("");
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<ShiftRow> shift = new SimpleObjectProperty<>();

    public ShiftViewModel(Staff staff, Shifts shifts, boolean training, Jobs jobs) {
        this.staff = staff;
        this.shifts = shifts;
        this.training = training;
        this.jobs = jobs;
    }

    /** Looks for the open shift; outside training, none open asks for one (training opens its own). */
    public void check() {
        jobs.run(() -> new Found(shifts.current().orElse(null), staff.isEmpty()), found -> {
            shift.set(found.shift());
            needed.set(found.shift() == null && !training);
            if (needed.get() && found.noUsers()) {
                message.set(UiMessage.ui("shift.noUsers"));
            }
        }, e -> message.set(Problems.describe(e)));
    }

    /** Enter: checks the PIN and opens the shift with the typed starting cash. */
    public void open() {
        if (busy.get()) {
            return;
        }
        long startingCash = cash.get().isBlank() ? 0 : Money.parseRoubles(cash.get());
        if (startingCash < 0) {
            message.set(UiMessage.ui("shift.badCash"));
            return;
        }
        if (login.get().isBlank()) {
            message.set(UiMessage.ui("shift.noLogin"));
            return;
        }
        String who = login.get();
        char[] typed = pin.get().toCharArray();
        pin.set("");
        busy.set(true);
        message.set(UiMessage.ui("shift.checking"));
        jobs.run(() -> openShift(who, typed, startingCash), opened -> {
            busy.set(false);
            message.set(null);
            shift.set(opened);
            needed.set(false);
        }, e -> {
            busy.set(false);
            message.set(e instanceof NoUsersYet ? UiMessage.ui("shift.noUsers") : Problems.describe(e));
        });
    }

    private ShiftRow openShift(String who, char[] typed, long startingCash) {
        try {
            if (staff.isEmpty()) {
                throw new NoUsersYet();
            }
            Approval approval = staff.verify(who, typed, Role.OPERATOR, "shift.open", null);
            return shifts.open(approval, startingCash, false);
        } finally {
            Staff.wipe(typed);
        }
    }

    /** True while the window must ask for a shift before selling. */
    public BooleanProperty needed() {
        return needed;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty login() {
        return login;
    }

    public StringProperty pin() {
        return pin;
    }

    /** Starting cash in roubles as typed (empty = none). */
    public StringProperty cash() {
        return cash;
    }

    public ObjectProperty<UiMessage> message() {
        return message;
    }

    /** The open shift (number, who opened it), null when none is known. */
    public ObjectProperty<ShiftRow> shift() {
        return shift;
    }

    private record Found(ShiftRow shift, boolean noUsers) {
    }

    /** No user exists yet: an administrator must be added on the command line first. */
    private static final class NoUsersYet extends RuntimeException {
        NoUsersYet() {
            super("no users yet", null, false, false);
        }
    }
}
