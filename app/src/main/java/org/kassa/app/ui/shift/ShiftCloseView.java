package org.kassa.app.ui.shift;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;
import org.kassa.app.ui.staff.ApprovalView;

/** Closing the shift: the counted cash, then (after the supervisor) the Z report as on paper, monospace. */
public final class ShiftCloseView {

    private final ShiftCloseViewModel model;
    private final TextField counted = new TextField();
    private final TextArea report = new TextArea();
    private final VBox counting;
    private final VBox closing;
    private final VBox shown;

    public ShiftCloseView(ShiftCloseViewModel model, I18n i18n) {
        this.model = model;
        counted.setId("closeCounted");
        counted.getStyleClass().add("sale-input");
        counted.textProperty().bindBidirectional(model.counted());
        counted.promptTextProperty().bind(i18n.text("close.counted"));
        counted.setOnAction(e -> model.submit());
        counting = Panels.card("shiftClose", Panels.label(null, "overlay-title", i18n.text("close.title")),
                Panels.label(null, "overlay-body", i18n.text("close.why")), counted,
                Panels.label("closeMessage", "message", i18n.render(model.message())),
                Panels.label(null, "hint", i18n.text("close.hint")));
        closing = Panels.card("shiftClosing", Panels.label(null, "overlay-title", i18n.text("close.closing")),
                new ProgressIndicator());
        report.setId("zReport");
        report.getStyleClass().add("z-report");
        report.setEditable(false);
        report.setPrefRowCount(22);
        report.textProperty().bind(model.reportText());
        var title = Bindings.createStringBinding(() -> model.report().get() == null ? ""
                : i18n.get("close.done", model.report().get().number()), model.report(), i18n.locale());
        shown = Panels.card("zReportView", Panels.label("zReportTitle", "overlay-title", title),
                Panels.label("zApprovedBy", "hint", ApprovalView.approvedBy(model.approval(), i18n)), report,
                Panels.label("zMessage", "message", i18n.render(model.message())),
                Panels.label(null, "hint", i18n.text("close.doneHint")));
        shown.getStyleClass().add("success");
    }

    /** The card for the current phase; null when closed or while the approval dialog asks. */
    public Node current() {
        return switch (model.phase().get()) {
            case CLOSED, APPROVING -> null;
            case COUNTING -> counting;
            case CLOSING -> closing;
            case REPORT -> shown;
        };
    }

    public void focus() {
        if (model.phase().get() == ShiftCloseViewModel.Phase.COUNTING) {
            counted.requestFocus();
        } else if (current() != null) {
            current().requestFocus();
        }
    }
}
