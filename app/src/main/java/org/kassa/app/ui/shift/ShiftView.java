package org.kassa.app.ui.shift;

import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/** Open shift: login, PIN, starting cash; Enter in any field opens the shift. */
public final class ShiftView {

    private final VBox root;
    private final TextField login = new TextField();

    public ShiftView(ShiftViewModel model, I18n i18n) {
        PasswordField pin = new PasswordField();
        TextField cash = new TextField();
        login.setId("shiftLogin");
        pin.setId("shiftPin");
        cash.setId("shiftCash");
        login.textProperty().bindBidirectional(model.login());
        pin.textProperty().bindBidirectional(model.pin());
        cash.textProperty().bindBidirectional(model.cash());
        login.promptTextProperty().bind(i18n.text("shift.login"));
        pin.promptTextProperty().bind(i18n.text("shift.pin"));
        cash.promptTextProperty().bind(i18n.text("shift.cash"));
        for (TextField field : new TextField[] {login, pin, cash}) {
            field.getStyleClass().add("sale-input");
            field.disableProperty().bind(model.busy());
            field.setOnAction(e -> model.open());
        }
        model.busy().addListener((o, was, now) -> {
            if (!now && model.needed().get()) {
                pin.requestFocus();     // after a refusal the PIN is typed again
            }
        });
        root = Panels.card("shiftView", Panels.label(null, "overlay-title", i18n.text("shift.title")),
                Panels.label(null, "overlay-body", i18n.text("shift.why")), login, pin, cash,
                Panels.label("shiftMessage", "message", i18n.render(model.message())),
                Panels.label(null, "hint", i18n.text("shift.hint")));
    }

    public VBox root() {
        return root;
    }

    /** Where typing starts. */
    public TextField field() {
        return login;
    }
}
