package org.kassa.app.ui.pay;

import javafx.scene.Node;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/** The Koshelek Pay overlay for the current phase: choice, progress, accepted or the tip dialog
 * (with retry/cancel while a payment is in doubt). */
public final class KoshelekView {

    private final Node choice;
    private final Node progress;
    private final Node accepted;
    private final Node tip;
    private final Node inDoubt;
    private final KoshelekViewModel model;

    public KoshelekView(KoshelekViewModel model, I18n i18n) {
        this.model = model;
        this.choice = ProviderChoiceView.create(model, i18n);
        this.progress = ProgressView.create(model, i18n);
        this.accepted = AcceptedView.create(model, i18n);
        this.tip = TipView.create(model.tip(), i18n);
        this.inDoubt = TipView.create(model.tip(), i18n,
                Panels.label("tipRetry", "tip-action-default", i18n.text("tip.retry")),
                Panels.label("tipCancel", "tip-action", i18n.text("tip.cancelPayment")));
    }

    /** The card for the current phase, or null when nothing is to be shown over the sale. */
    public Node current() {
        return switch (model.phase().get()) {
            case IDLE -> null;
            case CHOOSING -> choice;
            case RUNNING, CANCELLING -> progress;
            case IN_DOUBT -> inDoubt;
            case ACCEPTED -> accepted;
            case FAILED -> model.cancelledByOperator() ? null : tip;
        };
    }
}
