package org.kassa.app.ui.staff;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;
import org.kassa.till.staff.Approval;

/**
 * The approval dialog: what is approved, login, PIN with a compact pad (digits from the keyboard too), the
 * till's answer (attempts left, locked), and the hint that a supervisor card may be scanned instead.
 * Enter in the login goes to the PIN; Enter in the PIN checks it.
 */
public final class ApprovalView {

    private final VBox root;
    private final TextField login = new TextField();
    private final PasswordField pin = new PasswordField();

    public ApprovalView(ApprovalViewModel model, I18n i18n) {
        login.setId("approvalLogin");
        pin.setId("approvalPin");
        login.textProperty().bindBidirectional(model.login());
        pin.textProperty().bindBidirectional(model.pin());
        login.promptTextProperty().bind(i18n.text("approval.login"));
        pin.promptTextProperty().bind(i18n.text("approval.pin"));
        for (TextField field : new TextField[] {login, pin}) {
            field.getStyleClass().add("sale-input");
            field.disableProperty().bind(model.busy());
        }
        login.setOnAction(e -> {
            if (login.getText().isBlank()) {
                model.submit();     // says what is missing
            } else {
                pin.requestFocus();
            }
        });
        pin.setOnAction(e -> model.submit());
        model.busy().addListener((o, was, now) -> {
            if (!now && model.open().get()) {
                pin.requestFocus();     // after a refusal the PIN is typed again
            }
        });
        root = Panels.card("approvalView", Panels.label("approvalTitle", "overlay-title", i18n.render(model.title())),
                login, pin, pad(model), Panels.label("approvalMessage", "message", i18n.render(model.message())),
                Panels.label(null, "hint", i18n.text("approval.hint")));
        root.setMaxWidth(520);
    }

    private GridPane pad(ApprovalViewModel model) {
        GridPane pad = new GridPane();
        pad.getStyleClass().add("pin-pad");
        for (int d = 1; d <= 10; d++) {
            int digit = d % 10;
            Button key = key(String.valueOf(digit), () -> model.digit(digit));
            key.setId("pinPad" + digit);
            pad.add(key, d == 10 ? 1 : (d - 1) % 3, (d - 1) / 3);
        }
        pad.add(key("⌫", model::backspace), 0, 3);
        Button ok = key("OK", model::submit);
        ok.getStyleClass().add("tender-primary");
        pad.add(ok, 2, 3);
        return pad;
    }

    private Button key(String text, Runnable action) {
        Button key = new Button(text);
        key.getStyleClass().add("pin-key");
        key.setFocusTraversable(false);     // typing stays in the field
        key.setOnAction(e -> action.run());
        return key;
    }

    /** "Approved by: login (PIN)", for the screens that go on after the approval. */
    public static StringBinding approvedBy(ObservableValue<Approval> approval, I18n i18n) {
        return Bindings.createStringBinding(() -> approval.getValue() == null ? "" : i18n.get("approval.by",
                approval.getValue().login(), i18n.get("approval.how." + approval.getValue().how())),
                approval, i18n.locale());
    }

    public VBox root() {
        return root;
    }

    /** Where typing starts. */
    public TextField field() {
        return login;
    }
}
