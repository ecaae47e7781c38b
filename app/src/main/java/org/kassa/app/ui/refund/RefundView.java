package org.kassa.app.ui.refund;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;
import org.kassa.app.ui.pay.TipView;
import org.kassa.app.ui.staff.ApprovalView;

/** The refund overlay for the current phase: find the sale, choose lines, progress, done, or the tip dialog. */
public final class RefundView {

    private final RefundViewModel model;
    private final TextField query = new TextField();
    private final RefundLinesView lines;
    private final VBox finding;
    private final VBox choosing;
    private final VBox running;
    private final VBox done;
    private final VBox tip;

    public RefundView(RefundViewModel model, I18n i18n) {
        this.model = model;
        this.lines = new RefundLinesView(model, i18n);
        query.setId("refundQuery");
        query.getStyleClass().add("sale-input");
        query.textProperty().bindBidirectional(model.query());
        query.promptTextProperty().bind(i18n.text("refund.query"));
        query.setOnAction(e -> model.find());
        finding = Panels.card("refundFind", title(i18n), approvedBy(i18n), query,
                message(i18n, "refundFindMessage"), Panels.label(null, "hint", i18n.text("refund.findHint")));
        var order = Bindings.createStringBinding(() -> i18n.get("refund.order", model.orderId().get()),
                model.orderId(), i18n.locale());
        var amount = Bindings.createStringBinding(() -> i18n.get("refund.amount", i18n.money(model.amount().get())),
                model.amount(), i18n.locale());
        ScrollPane scroll = new ScrollPane(lines.root());
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(340);
        choosing = Panels.card("refundChoose", title(i18n), approvedBy(i18n),
                Panels.label("refundOrder", "overlay-body", order), scroll,
                Panels.label("refundAmount", "cash-due", amount), message(i18n, "refundMessage"),
                Panels.label(null, "hint", i18n.text("refund.chooseHint")));
        choosing.setMaxWidth(880);
        choosing.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (" ".equals(e.getCharacter())) {     // Space ticks the selected line (typed: the wedge replays keys)
                model.toggle();
                e.consume();
            }
        });
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        running = Panels.card("refundProgress", Panels.label("refundProgressTitle", "overlay-title",
                Bindings.createStringBinding(() -> i18n.get("refund.running", i18n.money(model.amount().get()),
                        model.orderId().get()), model.amount(), model.orderId(), i18n.locale())), bar,
                message(i18n, "refundRunningMessage"), Panels.label(null, "hint", i18n.text("refund.runningHint")));
        done = Panels.card("refundDone", Panels.label("refundDoneTitle", "overlay-title",
                Bindings.createStringBinding(() -> model.outcome().get() == null ? "" : i18n.get(
                        "CASH".equals(model.outcome().get().tender()) ? "refund.doneCash" : "refund.doneKoshelek",
                        i18n.money(model.outcome().get().amount())), model.outcome(), i18n.locale())),
                approvedBy(i18n), Panels.label(null, "hint", i18n.text("refund.doneHint")));
        done.getStyleClass().add("success");
        tip = TipView.create(model.tip(), i18n, Panels.label("tipClose", "tip-action-default",
                i18n.text("refund.tipClose")));
    }

    private Node title(I18n i18n) {
        return Panels.label(null, "overlay-title", i18n.text("refund.title"));
    }

    private Node approvedBy(I18n i18n) {
        return Panels.label(null, "hint", ApprovalView.approvedBy(model.approval(), i18n));
    }

    private Node message(I18n i18n, String id) {
        return Panels.label(id, "message", i18n.render(model.message()));
    }

    /** The card for the current phase, or null when the screen is closed. */
    public Node current() {
        return switch (model.phase().get()) {
            case CLOSED -> null;
            case FINDING -> finding;
            case CHOOSING -> choosing;
            case RUNNING -> running;
            case DONE -> done;
            case FAILED -> tip;
        };
    }

    /** Gives the focus to where the operator types in the current phase. */
    public void focus() {
        switch (model.phase().get()) {
            case FINDING -> query.requestFocus();
            case CHOOSING -> {
                choosing.applyCss();    // the scroll pane's skin puts the lines into the scene
                choosing.layout();
                lines.focusSelected();
            }
            default -> {
                Node card = current();
                if (card != null) {
                    card.requestFocus();
                }
            }
        }
    }
}
