package org.kassa.app.ui.pay;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/** Cash: due, the amount given (typed; empty = exact), the change; Enter pays, Esc goes back. */
public final class CashView {

    private final VBox root;
    private final TextField given = new TextField();

    public CashView(CashViewModel model, I18n i18n) {
        given.setId("cashGiven");
        given.getStyleClass().add("sale-input");
        given.textProperty().bindBidirectional(model.given());
        given.promptTextProperty().bind(Bindings.createStringBinding(() -> i18n.get("cash.prompt",
                i18n.money(model.due().get())), model.due(), i18n.locale()));
        given.setOnAction(e -> model.pay());
        var due = Bindings.createStringBinding(() -> i18n.get("cash.due", i18n.money(model.due().get())),
                model.due(), i18n.locale());
        var change = Bindings.createStringBinding(() -> i18n.get("cash.change", i18n.money(model.change().get())),
                model.change(), i18n.locale());
        root = Panels.card("cashView", Panels.label(null, "overlay-title", i18n.text("cash.title")),
                Panels.label("cashDue", "cash-due", due), given,
                Panels.label("cashChange", "cash-change", change),
                Panels.label("cashMessage", "message", i18n.render(model.message())),
                Panels.label(null, "hint", i18n.text("cash.hint")));
        root.getStyleClass().add("cash");
    }

    public VBox root() {
        return root;
    }

    public TextField field() {
        return given;
    }
}
