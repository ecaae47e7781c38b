package org.kassa.app.ui.pay;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/**
 * The tip dialog (UI.md): what happened in the operator's words, what to do now, the next actions with their
 * keys (the default first), and a small grey line with the code and request id for support.
 */
public final class TipView {

    private TipView() {
    }

    /** After a failed payment: Enter/F11 cash (the default), Esc back to the sale. */
    public static VBox create(ObservableValue<TipInfo> tip, I18n i18n) {
        return create(tip, i18n, Panels.label("tipCash", "tip-action-default", i18n.text("tip.cash")),
                Panels.label("tipBack", "tip-action", i18n.text("tip.back")));
    }

    /** The same dialog with other actions (the default first), e.g. the refund's. */
    public static VBox create(ObservableValue<TipInfo> tip, I18n i18n, Label... actions) {
        StringBinding what = Bindings.createStringBinding(() -> tip.getValue() == null ? ""
                : tip.getValue().tipCode() != null ? i18n.tip(tip.getValue().tipCode()).what()
                : i18n.render(tip.getValue().problem()), tip, i18n.locale());
        StringBinding next = Bindings.createStringBinding(() -> tip.getValue() == null ? ""
                : tip.getValue().tipCode() != null ? i18n.tip(tip.getValue().tipCode()).next()
                : tip.getValue().next() != null ? i18n.render(tip.getValue().next())
                : i18n.get("tip.nextDefault"), tip, i18n.locale());
        StringBinding code = Bindings.createStringBinding(() -> tip.getValue() == null
                || tip.getValue().tipCode() == null ? "" : i18n.get("tip.code", tip.getValue().tipCode(),
                tip.getValue().requestId() == null ? "—" : tip.getValue().requestId()), tip, i18n.locale());
        VBox card = Panels.card("tipDialog", Panels.label("tipWhat", "tip-title", what),
                Panels.label("tipNext", "tip-body", next), new HBox(14, actions),
                Panels.label("tipCode", "tip-code", code));
        card.getStyleClass().add("tip");
        return card;
    }
}
