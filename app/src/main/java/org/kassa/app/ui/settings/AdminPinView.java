package org.kassa.app.ui.settings;

import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/** The administrator's login and PIN before the settings (outside training); Enter checks, Esc goes back. */
final class AdminPinView {

    private final VBox root;
    private final TextField login = new TextField();
    private final PasswordField pin = new PasswordField();

    AdminPinView(AdminPinViewModel model, I18n i18n) {
        login.setId("adminLogin");
        pin.setId("adminPin");
        login.getStyleClass().add("sale-input");
        pin.getStyleClass().add("sale-input");
        login.textProperty().bindBidirectional(model.login());
        pin.textProperty().bindBidirectional(model.pin());
        login.promptTextProperty().bind(i18n.text("settings.pin.login"));
        pin.promptTextProperty().bind(i18n.text("settings.pin.pin"));
        root = Panels.card("adminPin", Panels.label(null, "overlay-title", i18n.text("settings.pin.title")),
                Panels.label(null, "tip-body", i18n.text("settings.pin.why")), login, pin,
                Panels.label("adminPinMessage", "message", i18n.render(model.message())),
                Panels.label(null, "hint", i18n.text("settings.pin.hint")));
    }

    VBox root() {
        return root;
    }

    void focus() {
        (login.getText() == null || login.getText().isEmpty() ? login : pin).requestFocus();
    }
}
