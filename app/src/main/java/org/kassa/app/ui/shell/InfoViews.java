package org.kassa.app.ui.shell;

import java.util.List;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;
import org.kassa.app.ui.core.UiMessage;

/** The small informational overlays: starting, start failed, what recovery did, help, confirm cancel. */
final class InfoViews {

    private InfoViews() {
    }

    static VBox starting(I18n i18n) {
        return Panels.card("starting", Panels.label(null, "overlay-title", i18n.text("start.title")),
                new ProgressIndicator());
    }

    static VBox startFailed(I18n i18n, String why) {
        VBox card = Panels.card("startFailed", Panels.label(null, "tip-title", i18n.text("start.failed")),
                Panels.label("startFailedWhy", "tip-body", i18n.text("start.failedWhy", why)),
                Panels.label(null, "hint", i18n.text("start.failedHint")));
        card.getStyleClass().add("tip");
        return card;
    }

    static VBox recovery(I18n i18n, List<UiMessage> lines) {
        VBox list = new VBox(6);
        for (UiMessage line : lines) {
            list.getChildren().add(Panels.label(null, "overlay-body", i18n.render(
                    new javafx.beans.property.SimpleObjectProperty<>(line))));
        }
        return Panels.card("recoveryReport", Panels.label(null, "overlay-title", i18n.text("recovery.title")),
                list, Panels.label(null, "hint", i18n.text("recovery.hint")));
    }

    static VBox help(I18n i18n, org.kassa.app.ui.core.KeyMap keys) {
        return Panels.card("helpView", Panels.label(null, "overlay-title", i18n.text("help.title")),
                Panels.label("helpKeys", "help-keys", i18n.text("help.keys", keys.label("koshelek"),
                        keys.label("cash"), keys.label("help"), keys.label("mealcard"), keys.label("settings"))),
                Panels.label("helpSupervisorKeys", "help-keys", i18n.text("help.keys.supervisor",
                        keys.label("refund"), keys.label("reports"))),
                Panels.label(null, "hint", i18n.text("help.hint")));
    }

    static VBox confirmCancel(I18n i18n) {
        return Panels.card("confirmCancel", Panels.label(null, "overlay-title", i18n.text("cancel.title")),
                Panels.label(null, "hint", i18n.text("cancel.hint")));
    }
}
