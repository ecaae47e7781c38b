package org.kassa.app.ui.staff;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
 * The supervisor approval dialog: login and PIN (typed, or the PIN on the on-screen pad) or a supervisor card
 * scanned while it is open. The check (Argon2, lock-out, audit) is the till's {@link Staff}, run as a
 * background job; wrong PINs and locks are told in the till's words. One question at a time.
 */
public final class ApprovalViewModel implements Approvals {

    private final Staff staff;
    private final Jobs jobs;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final ObjectProperty<UiMessage> title = new SimpleObjectProperty<>();
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Approval> approved = new SimpleObjectProperty<>();
    private CompletableFuture<Approval> pending;
    private Role needed;
    private String action;
    private String saleId;

    public ApprovalViewModel(Staff staff, Jobs jobs) {
        this.staff = staff;
        this.jobs = jobs;
    }

    @Override
    public CompletionStage<Approval> ask(Role needed, String action, String saleId) {
        if (open.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("an approval is already asked for"));
        }
        this.needed = needed;
        this.action = action;
        this.saleId = saleId;
        pending = new CompletableFuture<>();
        login.set("");
        pin.set("");
        busy.set(false);
        title.set(UiMessage.ui("approval.action." + action));
        message.set(null);
        open.set(true);
        return pending;
    }

    /** A digit from the on-screen pad. */
    public void digit(int digit) {
        if (open.get() && !busy.get() && digit >= 0 && digit <= 9) {
            pin.set(pin.get() + digit);
        }
    }

    public void backspace() {
        String typed = pin.get();
        if (!busy.get() && !typed.isEmpty()) {
            pin.set(typed.substring(0, typed.length() - 1));
        }
    }

    /** Enter: checks login and PIN. */
    public void submit() {
        if (!open.get() || busy.get()) {
            return;
        }
        if (login.get().isBlank()) {
            message.set(UiMessage.ui("approval.noLogin"));
            return;
        }
        if (pin.get().isEmpty()) {
            message.set(UiMessage.ui("approval.noPin"));
            return;
        }
        String who = login.get();
        char[] typed = pin.get().toCharArray();
        pin.set("");
        check(() -> {
            try {
                return staff.verify(who, typed, needed, action, saleId);
            } finally {
                Staff.wipe(typed);
            }
        });
    }

    /** A code scanned while the dialog is open: a supervisor card. */
    public void cardScanned(String code) {
        if (!open.get() || busy.get()) {
            return;
        }
        char[] card = code.toCharArray();
        check(() -> {
            try {
                return staff.verifyCard(card, needed, action, saleId);
            } finally {
                Staff.wipe(card);
            }
        });
    }

    private void check(java.util.concurrent.Callable<Approval> verify) {
        busy.set(true);
        message.set(UiMessage.ui("approval.checking"));
        CompletableFuture<Approval> asked = pending;
        jobs.run(verify, approval -> {
            if (asked != pending) {
                return;     // left with Esc while the check ran
            }
            busy.set(false);
            message.set(null);
            approved.set(approval);
            open.set(false);
            pending.complete(approval);
        }, e -> {
            if (asked == pending) {
                busy.set(false);
                message.set(Problems.describe(e));
            }
        });
    }

    /** Esc: leaves without an approval. */
    public void cancel() {
        if (!open.get()) {
            return;
        }
        CompletableFuture<Approval> asked = pending;
        pending = null;
        pin.set("");
        busy.set(false);
        open.set(false);
        asked.completeExceptionally(new CancellationException("left the approval dialog"));
    }

    public BooleanProperty open() {
        return open;
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

    /** What is to be approved. */
    public ObjectProperty<UiMessage> title() {
        return title;
    }

    public ObjectProperty<UiMessage> message() {
        return message;
    }

    /** The last approval given here: who approved, how (PIN or card), when. */
    public ObjectProperty<Approval> approved() {
        return approved;
    }
}
