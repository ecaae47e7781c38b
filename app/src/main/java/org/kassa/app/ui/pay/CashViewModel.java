package org.kassa.app.ui.pay;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.LongBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Money;
import org.kassa.app.ui.core.Problems;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.Till;
import org.kassa.till.tender.PaymentRecord;

/** Cash: the amount due, what the customer gave (empty = exactly the amount), the change; Enter pays. */
public final class CashViewModel {

    private final Till till;
    private final Jobs jobs;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final LongProperty due = new SimpleLongProperty();
    private final StringProperty given = new SimpleStringProperty("");
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentRecord> paid = new SimpleObjectProperty<>();
    private final LongBinding givenKopecks;
    private final LongBinding change;

    public CashViewModel(Till till, Jobs jobs) {
        this.till = till;
        this.jobs = jobs;
        this.givenKopecks = Bindings.createLongBinding(() -> given.get().isBlank() ? due.get()
                : Money.parseRoubles(given.get()), given, due);
        this.change = Bindings.createLongBinding(() -> Math.max(0, givenKopecks.get() - due.get()), givenKopecks, due);
    }

    public void open(long amountDue) {
        due.set(amountDue);
        given.set("");
        message.set(null);
        paid.set(null);
        open.set(true);
    }

    public void pay() {
        long amount = givenKopecks.get();
        if (amount < 0) {
            message.set(UiMessage.ui("cash.badAmount"));
            return;
        }
        if (amount < due.get()) {
            message.set(UiMessage.ui("cash.notEnough"));
            return;
        }
        jobs.run(() -> till.payCash(amount), record -> {
            paid.set(record);
            open.set(false);
        }, e -> message.set(Problems.describe(e)));
    }

    public void close() {
        open.set(false);
    }

    public BooleanProperty open() {
        return open;
    }

    public LongProperty due() {
        return due;
    }

    public StringProperty given() {
        return given;
    }

    public LongBinding change() {
        return change;
    }

    public ObjectProperty<UiMessage> message() {
        return message;
    }

    public ObjectProperty<PaymentRecord> paid() {
        return paid;
    }
}
