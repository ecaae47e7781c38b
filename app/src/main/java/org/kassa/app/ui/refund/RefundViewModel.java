package org.kassa.app.ui.refund;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Problems;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.app.ui.pay.TipInfo;
import org.kassa.till.refund.RefundDesk;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.refund.RefundableLine;
import org.kassa.till.staff.Approval;
import org.kassa.till.store.RefundRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;

/**
 * The refund screen (docs/decisions/0133 for the rules, all kept by the till's {@link RefundDesk}): find the
 * sale by the slip's QR or a typed order/transaction/sale id, tick lines and quantities while the amount is
 * quoted by the till itself, then refund in the background under the supervisor's approval, one refund per
 * approval.
 */
public final class RefundViewModel {

    public enum Phase { CLOSED, FINDING, CHOOSING, RUNNING, DONE, FAILED }

    private final RefundDesk desk;
    private final TillStore store;
    private final Jobs jobs;
    private final Duration wait;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CLOSED);
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty orderId = new SimpleStringProperty("");
    private final ObservableList<RefundChoice> lines = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final LongProperty amount = new SimpleLongProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Approval> approval = new SimpleObjectProperty<>();
    private final ObjectProperty<RefundOutcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<TipInfo> tip = new SimpleObjectProperty<>();
    private String saleId;
    private long quotes;

    /** @param wait how long a Koshelek refund is followed for its final answer */
    public RefundViewModel(RefundDesk desk, TillStore store, Jobs jobs, Duration wait) {
        this.desk = desk;
        this.store = store;
        this.jobs = jobs;
        this.wait = wait;
    }

    /** Opens the screen for one refund under {@code supervisor}'s approval. */
    public void open(Approval supervisor) {
        approval.set(supervisor);
        saleId = null;
        query.set("");
        orderId.set("");
        lines.clear();
        selected.set(-1);
        amount.set(0);
        ready.set(false);
        outcome.set(null);
        tip.set(null);
        message.set(null);
        phase.set(Phase.FINDING);
    }

    /** A code scanned while the screen looks for a sale: the slip's QR (its transaction id) or an order id. */
    public void scanned(String code) {
        if (phase.get() == Phase.FINDING || phase.get() == Phase.CHOOSING) {
            query.set(code);
            find();
        }
    }

    /** Enter in the search field. */
    public void find() {
        String typed = query.get() == null ? "" : query.get().strip();
        if (typed.isEmpty()) {
            message.set(UiMessage.ui("refund.noQuery"));
            return;
        }
        message.set(UiMessage.ui("refund.finding"));
        jobs.run(() -> {
            String id = desk.findSale(typed);
            return new Found(id, store.sales().find(id).map(SaleRow::orderId).orElse(id), desk.refundable(id));
        }, this::found, e -> {
            phase.set(Phase.FINDING);
            message.set(Problems.describe(e));
        });
    }

    private void found(Found sale) {
        saleId = sale.id();
        orderId.set(sale.orderId());
        lines.setAll(sale.lines().stream().map(RefundChoice::new).toList());
        for (RefundChoice line : lines) {
            line.chosen().addListener((o, was, now) -> requote());
            line.quantity().addListener((o, was, now) -> requote());
        }
        selected.set(lines.stream().filter(RefundChoice::refundable).findFirst().map(lines::indexOf).orElse(-1));
        amount.set(0);
        ready.set(false);
        phase.set(Phase.CHOOSING);
        message.set(selected.get() < 0 ? UiMessage.till("sale.refund.nothingLeft", sale.orderId()) : null);
    }

    /** ↑ ↓: moves between the lines that can still be refunded. */
    public void select(int step) {
        for (int i = selected.get() + step; i >= 0 && i < lines.size(); i += step) {
            if (lines.get(i).refundable()) {
                selected.set(i);
                return;
            }
        }
    }

    /** Space: ticks or unticks the selected line. */
    public void toggle() {
        if (phase.get() == Phase.CHOOSING && selected.get() >= 0) {
            BooleanProperty chosen = lines.get(selected.get()).chosen();
            chosen.set(!chosen.get());
        }
    }

    /** The amount of the ticked lines, as the till would refund it; a refused quantity is told at once. */
    private void requote() {
        if (phase.get() != Phase.CHOOSING) {
            return;
        }
        long ticket = ++quotes;
        ready.set(false);
        List<RefundLineRequest> wanted;
        try {
            wanted = requests();
        } catch (NumberFormatException e) {
            amount.set(0);
            message.set(UiMessage.ui("refund.badQuantity"));
            return;
        }
        if (wanted.isEmpty()) {
            amount.set(0);
            message.set(null);
            return;
        }
        String sale = saleId;
        jobs.run(() -> desk.quote(sale, wanted), quoted -> {
            if (ticket == quotes) {
                amount.set(quoted);
                message.set(null);
                ready.set(true);
            }
        }, e -> {
            if (ticket == quotes) {
                amount.set(0);
                message.set(Problems.describe(e));
            }
        });
    }

    private List<RefundLineRequest> requests() {
        return lines.stream().filter(l -> l.chosen().get()).map(RefundChoice::request).toList();
    }

    /** Enter while choosing: the refund runs in the background; its outcome or a tip follows. */
    public void confirm() {
        if (phase.get() != Phase.CHOOSING || !ready.get()) {
            if (phase.get() == Phase.CHOOSING && requests().isEmpty()) {
                message.set(UiMessage.ui("refund.noLines"));
            }
            return;
        }
        List<RefundLineRequest> wanted = requests();
        String sale = saleId;
        Approval by = approval.get();
        phase.set(Phase.RUNNING);
        message.set(null);
        jobs.run(() -> desk.refund(sale, wanted, by, wait), this::finished, e -> {
            tip.set(TipInfo.ofProblem(Problems.describe(e), UiMessage.ui("refund.tipNext")));
            phase.set(Phase.FAILED);
        });
    }

    private void finished(RefundOutcome done) {
        outcome.set(done);
        if (done.done()) {
            phase.set(Phase.DONE);
            return;
        }
        String code = store.refunds().find(done.refundId()).map(RefundRow::tipCode).orElse(null);
        boolean inDoubt = "IN_DOUBT".equals(done.state());
        tip.set(code != null ? TipInfo.ofCode(code, done.requestId())
                : inDoubt ? TipInfo.ofProblem(UiMessage.ui("refund.inDoubt", done.refundId()),
                UiMessage.ui("refund.inDoubtNext"))
                : TipInfo.ofProblem(UiMessage.till("refund." + done.state()), UiMessage.ui("refund.tipNext")));
        phase.set(Phase.FAILED);
    }

    /** Esc: back from the lines to the search, else leaves the screen (never while the refund runs). */
    public void escape() {
        switch (phase.get()) {
            case CHOOSING -> {
                phase.set(Phase.FINDING);
                message.set(null);
            }
            case RUNNING -> message.set(UiMessage.ui("refund.wait"));
            default -> close();
        }
    }

    public void close() {
        if (phase.get() != Phase.RUNNING) {
            phase.set(Phase.CLOSED);
            approval.set(null);     // one refund per approval
        }
    }

    public ObjectProperty<Phase> phase() {
        return phase;
    }

    public StringProperty query() {
        return query;
    }

    public StringProperty orderId() {
        return orderId;
    }

    public ObservableList<RefundChoice> lines() {
        return lines;
    }

    public IntegerProperty selected() {
        return selected;
    }

    public LongProperty amount() {
        return amount;
    }

    /** True when the ticked lines were quoted and may be refunded. */
    public BooleanProperty ready() {
        return ready;
    }

    public ObjectProperty<UiMessage> message() {
        return message;
    }

    public ObjectProperty<Approval> approval() {
        return approval;
    }

    public ObjectProperty<RefundOutcome> outcome() {
        return outcome;
    }

    public ObjectProperty<TipInfo> tip() {
        return tip;
    }

    private record Found(String id, String orderId, List<RefundableLine> lines) {
    }
}
