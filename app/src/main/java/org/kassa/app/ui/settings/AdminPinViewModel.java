package org.kassa.app.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Problems;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;

/**
 * The administrator's login and PIN before the settings open (outside training): checked by {@link Staff#verify}
 * with {@link Role#ADMINISTRATOR} in the background (Argon2 takes ~100 ms), so wrong PINs count towards the
 * lock-out and every approval or refusal is audited.
 */
public final class AdminPinViewModel {

    static final String ACTION = "settings.open";

    private final Staff staff;
    private final Jobs jobs;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Approval> approved = new SimpleObjectProperty<>();

    public AdminPinViewModel(Staff staff, Jobs jobs) {
        this.staff = staff;
        this.jobs = jobs;
    }

    public void reset() {
        login.set("");
        pin.set("");
        message.set(null);
        approved.set(null);
    }

    /** Enter: checks the PIN; the PIN field is emptied whatever the answer. */
    public void submit() {
        if (checking.get()) {
            return;
        }
        if (login.get() == null || login.get().isBlank()) {
            message.set(UiMessage.ui("settings.pin.noLogin"));
            return;
        }
        String who = login.get();
        char[] typed = pin.get() == null ? new char[0] : pin.get().toCharArray();
        pin.set("");
        checking.set(true);
        message.set(UiMessage.ui("settings.pin.checking"));
        jobs.run(() -> {
            try {
                return staff.verify(who, typed, Role.ADMINISTRATOR, ACTION, null);
            } finally {
                Staff.wipe(typed);
            }
        }, approval -> {
            checking.set(false);
            message.set(null);
            approved.set(approval);
        }, e -> {
            checking.set(false);
            message.set(Problems.describe(e));
        });
    }

    public StringProperty login() {
        return login;
    }

    public StringProperty pin() {
        return pin;
    }

    public ObjectProperty<UiMessage> message() {
        return message;
    }

    /** The administrator who opened the settings; null until approved. */
    public ObjectProperty<Approval> approved() {
        return approved;
    }
}
