package org.kassa.app.ui.pay;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.LoggerFactory;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Problems;
import org.kassa.till.Till;
import org.kassa.till.tender.KoshelekPayment;
import org.kassa.till.tender.PaymentRecord;

/**
 * One Koshelek Pay tender on screen: the provider choice, the progress against the status cap, the operator's
 * cancel, and the outcome (accepted with the slip, or a tip). The payment itself runs in the till core.
 */
public final class KoshelekViewModel {

    /** IN_DOUBT: a request got no usable answer (server error, no network, an unreadable answer); the payment
     * waits for the operator: retry the very same request (Enter) or cancel it (Esc). */
    public enum Phase { IDLE, CHOOSING, RUNNING, IN_DOUBT, CANCELLING, ACCEPTED, FAILED }

    private final Till till;
    private final Jobs jobs;
    private final LongSupplier nanoTime;
    private final Supplier<BufferedImage> slipPreview;
    private final List<String> providers;
    private final double capSeconds;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final IntegerProperty choice = new SimpleIntegerProperty();
    private final DoubleProperty elapsed = new SimpleDoubleProperty();
    private final ObjectProperty<PaymentRecord> record = new SimpleObjectProperty<>();
    private final ObjectProperty<TipInfo> tip = new SimpleObjectProperty<>();
    private final ObjectProperty<BufferedImage> slip = new SimpleObjectProperty<>();
    private KoshelekPayment payment;
    private long startedNanos;
    private String provider;

    /** @param slipPreview the last printout drawn (the virtual printer in training), or null for none */
    public KoshelekViewModel(Till till, Jobs jobs, LongSupplier nanoTime, Supplier<BufferedImage> slipPreview) {
        this.till = till;
        this.jobs = jobs;
        this.nanoTime = nanoTime;
        this.slipPreview = slipPreview;
        var pay = till.setup().pay().settings();
        this.providers = List.copyOf(pay.allowed().paymentTypes());
        this.capSeconds = pay.polling().cap().toMillis() / 1000.0;
    }

    /** F12: a choice when several providers are allowed, else the payment starts at once. */
    public void offer() {
        if (phase.get() != Phase.IDLE) {
            return;
        }
        if (providers.size() > 1) {
            choice.set(0);
            phase.set(Phase.CHOOSING);
        } else {
            start(providers.isEmpty() ? null : providers.get(0));
        }
    }

    public void choose(int index) {
        if (index >= 0 && index < providers.size()) {
            choice.set(index);
        }
    }

    public void confirm() {
        if (phase.get() == Phase.CHOOSING) {
            start(providers.get(choice.get()));
        }
    }

    void start(String chosen) {
        provider = chosen;
        record.set(null);
        tip.set(null);
        slip.set(null);
        elapsed.set(0);
        startedNanos = nanoTime.getAsLong();
        phase.set(Phase.RUNNING);
        jobs.run(() -> till.payKoshelek(chosen), started -> {
            payment = started;
            record.set(started.record());
            started.result().whenComplete((done, e) -> jobs.ui(() -> finished(done, e)));
        }, e -> {
            tip.set(TipInfo.ofProblem(Problems.describe(e)));
            phase.set(Phase.FAILED);
        });
    }

    /** A state of the payment, as the till announced it. */
    public void paymentChanged(PaymentRecord changed) {
        PaymentRecord mine = record.get();
        if (mine != null && mine.id().equals(changed.id()) && !phase.get().equals(Phase.ACCEPTED)) {
            record.set(changed);
            if ("IN_DOUBT".equals(changed.state()) && phase.get() == Phase.RUNNING) {
                tip.set(TipInfo.ofCode(changed.tipCode(), changed.checkoutRequestId()));
                phase.set(Phase.IN_DOUBT);
            }
        }
    }

    /** The progress clock; the view calls it on every frame it draws. */
    public void tick() {
        if (phase.get() == Phase.RUNNING || phase.get() == Phase.CANCELLING) {
            elapsed.set(Math.min(capSeconds, (nanoTime.getAsLong() - startedNanos) / 1e9));
        }
    }

    /** Enter on an in-doubt payment: the very same request again (the server answers it once). */
    public void retry() {
        KoshelekPayment waiting = payment;
        if (phase.get() != Phase.IN_DOUBT || waiting == null) {
            return;
        }
        tip.set(null);
        phase.set(Phase.RUNNING);
        jobs.run(() -> {
            waiting.retry();
            return null;
        }, x -> { }, e -> { });
    }

    /** Esc: while choosing, back to the sale; while running or in doubt, cancel the payment (nothing charged). */
    public void escape() {
        switch (phase.get()) {
            case CHOOSING, ACCEPTED, FAILED -> close();
            case RUNNING, IN_DOUBT -> {
                phase.set(Phase.CANCELLING);
                KoshelekPayment running = payment;
                jobs.run(() -> {
                    if (running != null) {
                        running.cancel();
                    }
                    return null;
                }, x -> { }, e -> { });
            }
            default -> { }
        }
    }

    public void close() {
        phase.set(Phase.IDLE);
        payment = null;
    }

    private void finished(PaymentRecord done, Throwable e) {
        if (done == null) {
            tip.set(TipInfo.ofProblem(Problems.describe(e)));
            phase.set(Phase.FAILED);
            return;
        }
        record.set(done);
        if (done.paid()) {
            phase.set(Phase.ACCEPTED);
            if (slipPreview != null) {
                jobs.run(slipPreview::get, slip::set,
                        x -> LoggerFactory.getLogger(KoshelekViewModel.class).warn("slip preview: {}", x.toString()));
            }
        } else if (phase.get() == Phase.CANCELLING && "CANCELED".equals(done.state())) {
            tip.set(null);
            phase.set(Phase.FAILED);
        } else {
            tip.set(TipInfo.ofCode(done.tipCode() == null ? done.state() : done.tipCode(), done.checkoutRequestId()));
            phase.set(Phase.FAILED);
        }
    }

    /** True when the payment ended because the operator cancelled it (no tip to show). */
    public boolean cancelledByOperator() {
        return phase.get() == Phase.FAILED && tip.get() == null;
    }

    public List<String> providers() {
        return providers;
    }

    public String provider() {
        return provider;
    }

    public double capSeconds() {
        return capSeconds;
    }

    public ObjectProperty<Phase> phase() {
        return phase;
    }

    public IntegerProperty choice() {
        return choice;
    }

    public DoubleProperty elapsed() {
        return elapsed;
    }

    public ObjectProperty<PaymentRecord> record() {
        return record;
    }

    public ObjectProperty<TipInfo> tip() {
        return tip;
    }

    public ObjectProperty<BufferedImage> slip() {
        return slip;
    }
}
